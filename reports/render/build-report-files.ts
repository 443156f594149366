// One call that turns WeeklyReportData into the three delivered formats. Charts are drawn
// once: SVG for the e-mail, the same SVG rasterised to PNG for the DOCX.
import { ruleBarChartSpec } from '../charts/rule-bar-chart.js';
import { renderSvg, svgToPng } from '../charts/render-chart.js';
import type { WeeklyReportData } from '../data/report-data.js';
import { composeReport } from './compose-report.js';
import type { Block } from './document-model.js';
import { renderDocx, type ChartImage } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export interface ReportFiles {
  title: string;
  markdown: string;
  html: string;
  docx: Buffer;
}

export type ReportFormat = 'markdown' | 'html' | 'docx';

const PNG_WIDTH = 1200;

function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 600), height: Number(m?.[2] ?? 300) };
}

export async function buildReportFiles(data: WeeklyReportData): Promise<ReportFiles> {
  const doc = composeReport(data);
  const svgs = new Map<Block, string>();
  const pngs = new Map<Block, ChartImage>();
  for (const b of doc.blocks) {
    if (b.kind !== 'chart') continue;
    const svg = await renderSvg(ruleBarChartSpec(b.chart));
    svgs.set(b, svg);
    const { width, height } = svgSize(svg);
    pngs.set(b, { data: svgToPng(svg, PNG_WIDTH), width, height });
  }
  return {
    title: doc.title,
    markdown: renderMarkdown(doc),
    html: renderHtml(doc, svgs),
    docx: await renderDocx(doc, pngs),
  };
}
