// Golden tests of the three formats on a fixed week (tests/reports/fixtures): what an
// inspector must find in each — title, figures, cases with evidence and clause, registers,
// burden reports without reporters — and that each format is technically sound.
import { beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReportData } from '../../reports/data/report-data.js';
import { buildReportFiles, type ReportFiles } from '../../reports/render/build-report-files.js';
import { emptyReportData, sampleReportData } from './fixtures/sample-report-data.js';
import { parseHtmlElements } from './support/check-html.js';
import { docxText, readZip } from './support/read-zip.js';

let sample: ReportFiles;
let empty: ReportFiles;
let data: WeeklyReportData;

beforeAll(async () => {
  data = sampleReportData();
  sample = await buildReportFiles(data);
  empty = await buildReportFiles(emptyReportData());
});

/** The data table whose caption starts with `caption`. */
function tableWithCaption(html: string, caption: string): string {
  return html.split('<table role="table"').find((chunk) => chunk.includes(`>${caption}`))?.split('</table>')[0] ?? '';
}

const SECTION_TITLES = ['一、总体情况', '二、分规则统计', '三、线索来源', '四、典型线索', '五、台账问题', '六、基层减负举报', '七、说明'];

describe('Markdown (chat)', () => {
  it('carries the title, the headline figures and the per-rule trend', () => {
    const md = sample.markdown;
    expect(md.split('\n')[0]).toBe('# 西峡县基层减负监测周报（2026年第47周）');
    expect(md).toContain('共发现违反“十不得”规定的线索 **15 条**，较上周增加 6 条');
    expect(md).toContain('截至目前，经核属实 2 条、已整改 1 条、待核实 12 条。');
    expect(md).toContain('另有 1 条经核不属实，未计入上述数字。');
    expect(md).toContain('收到基层减负举报 **2 件**（上周 1 件）');
    expect(md).toContain('发出借调到期等提醒 3 条（上周 2 条）');
    expect(md).toContain('- R06 滥用各类软件：**本周 6**，上周 4（↑2），近四周 3→2→4→6');
    expect(md).toContain('其余规则（R02、R05、R07、R08、R09）近四周均无线索。');
    const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings).toEqual(SECTION_TITLES);
  });

  it('lists cases grouped by rule with excerpt, place, time, status and the quoted clause', () => {
    const md = sample.markdown;
    expect(md).toContain('### （四）R06 滥用各类软件（本周 6 条，列出 2 条）');
    expect(md).toContain('- **【F-1001】县农业农村局 → 丹水镇**\u3000丹水镇工作群 · 11月16日 08:32 · 待核实');
    // User text is escaped so that * does not turn the rest of the message bold.
    expect(md).toContain('原文：“请大家每天早上8点前在群里打卡并上传<定位截图>，\\*未打卡的通报\\*”');
    expect(md).toContain('依据：《西峡县深化乡镇管理体制机制改革方案》九(六)：“不得滥用各类软件、工作群等进行打卡、截图、摊派任务”');
    expect(md).toContain('依据：《西峡县深化乡镇管理体制机制改革方案》九(四)：“不得滥用‘一票否决’”');
    // Further sources by reference only, so a case stays short.
    expect(md).toContain('  另见：《关于防治“指尖上的形式主义”的若干意见》\n');
    expect(md).not.toContain('严禁脱离工作实际强制要求打卡接龙');
    expect(md.indexOf('（一）R01')).toBeLessThan(md.indexOf('（二）R03'));
    expect(md).toContain('回车镇工作群 · 11月18日 15:40 · 已整改');
  });

  it('lists register problems, new before carried-over, and burden reports without reporters', () => {
    const md = sample.markdown;
    expect(md).toContain('本周新发现问题 3 条，此前各周发现、至本周末仍未办结 1 条');
    expect(md).toContain('**【F-0870】督查检查未经报批（I-01）**\u3000县农业农村局 → 丹水镇 · 11月10日发现，仍未办结');
    expect(md).toContain('借调服务期内新录用人员（S-03）');
    expect(md).toContain('未列入清单的一票否决事项（V-02）');
    expect(md).toContain('**【J-0007】田关镇**\u300011月18日收到 · 反映对象：县农业农村局 · 已受理');
    expect(md).toContain('举报人身份依规保密');
    expect(md).not.toMatch(/举报人[:：]/);
  });

  it('says so plainly when nothing was found, section by section', () => {
    const md = empty.markdown;
    expect(md).toContain('# 西峡县基层减负监测周报（2026年第47周）');
    expect(md).toContain('**未发现违反“十不得”规定的线索**（上周 0 条）');
    expect(md).toContain('近四周各条规则均未发现线索。');
    expect(md).toContain('本周未发现线索，无来源可统计。');
    expect(md).toContain('本周未发现需要列出的典型线索。');
    expect(md).toContain('三本台账本周未发现问题');
    expect(md).toContain('本周未收到基层减负举报。');
    expect(md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual(SECTION_TITLES);
  });
});

describe('HTML (e-mail)', () => {
  it('is well-formed, self-contained and script-free', () => {
    const html = sample.html;
    const elements = parseHtmlElements(html);
    expect(elements.filter((e) => e.name === 'script')).toHaveLength(0);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).not.toMatch(/<link\b|<style\b|\bsrc=|href="http/i);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has the chart inline as SVG with its Chinese legend and rule axis', () => {
    const html = sample.html;
    const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    expect(svg).toContain('role="img"');
    expect(svg).toContain('本周（第47周）');
    expect(svg).toContain('近四周平均');
    for (const code of ['R01', 'R06', 'R10']) expect(svg).toContain(`>${code}<`);
    // The this-week bars: one per rule with a count, drawn in the report red.
    expect(svg.match(/fill="#b3261e"/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });

  it('puts sections, figures, cases and registers in the right structure', () => {
    const html = sample.html;
    const h2 = [...html.matchAll(/<h2\b[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(SECTION_TITLES);
    expect(html).toMatch(/<h1\b[^>]*>西峡县基层减负监测周报（2026年第47周）<\/h1>/);
    expect(html).toContain('<strong>15 条</strong>');
    // User text is escaped, never interpreted.
    expect(html).toContain('&lt;定位截图&gt;');
    expect(html).toContain('日报表 &amp; 巡查照片');
    expect(html).not.toContain('<定位截图>');
    // The rule table: ten rows of R01–R10 with this week's count in the second column.
    const table1 = tableWithCaption(html, '表1');
    const rows = [...table1.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...m[1]!.matchAll(/<td[^>]*>(?:<strong>)?([^<]*)/g)].map((c) => c[1]));
    expect(rows).toHaveLength(10);
    expect(rows[5]!.slice(0, 3)).toEqual(['R06 滥用各类软件', '6', '4']);
  });

  it('shades the source × rule table by count, darkest for the largest', () => {
    const html = sample.html;
    const table2 = tableWithCaption(html, '表2');
    expect(table2).toContain('县农业农村局');
    const shaded = [...table2.matchAll(/background:(#[0-9a-f]{6});color:#[0-9a-f]{3,6}">(\d+)</g)].map((m) => ({ colour: m[1]!, n: Number(m[2]) }));
    expect(shaded.length).toBe(7); // the non-zero cells of the fixture's five sources
    const darkness = (hex: string) => 765 - [1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0);
    const byCount = [...shaded].sort((a, b) => a.n - b.n);
    expect(darkness(byCount.at(-1)!.colour)).toBeGreaterThan(darkness(byCount[0]!.colour));
  });

  it('renders a complete page for an empty week, without a chart', () => {
    const html = empty.html;
    parseHtmlElements(html);
    expect(html).not.toContain('<svg');
    expect(html).toContain('未发现违反“十不得”规定的线索');
    expect([...html.matchAll(/<h2\b/g)]).toHaveLength(7);
  });
});

describe('DOCX (print)', () => {
  it('is a Word document whose text has the title, figures, cases and registers', () => {
    const zip = readZip(sample.docx);
    const text = docxText(zip.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('基层减负监测周报');
    expect(text).toContain('西峡县基层减负监测周报\n（2026年第47周）');
    expect(text).toContain('西峡县纪委监委');
    expect(text).toContain('统计期间：2026年11月16日至11月22日');
    expect(text).toContain('共发现违反“十不得”规定的线索 15 条');
    expect(text).toContain('【F-1001】');
    expect(text).toContain('原文：“请大家每天早上8点前在群里打卡并上传<定位截图>，*未打卡的通报*”');
    expect(text).toContain('依据：《关于为基层减负的若干措施》十：“借调时间不超过3个月，同一乡镇同时借调不超过2名”');
    expect(text).toContain('张伟（丹水镇）借调至县发改委，已超过 3 个月期限 23 天');
    expect(text).toContain('【J-0008】');
    for (const title of SECTION_TITLES) expect(text).toContain(title);
  });

  it('uses official-document fonts, A4 margins, page numbers and an embedded chart', () => {
    const zip = readZip(sample.docx);
    const xml = zip.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:color w:val="C00000"/);
    const footers = [...zip.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => zip.get(k)!.toString('utf8'));
    expect(footers.length).toBe(2);
    for (const f of footers) expect(f).toMatch(/PAGE/);
    expect(zip.get('word/settings.xml')!.toString('utf8')).toContain('w:evenAndOddHeaders');
    const media = [...zip.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(zip.get(media[0]!)!.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('prints a complete empty-week report', () => {
    const zip = readZip(empty.docx);
    const text = docxText(zip.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('未发现违反“十不得”规定的线索');
    expect(text).toContain('本周未收到基层减负举报。');
    expect([...zip.keys()].some((k) => k.startsWith('word/media/'))).toBe(false);
  });
});

describe('large weeks', () => {
  it('folds sources beyond fifteen into one heat-table row and notes register entries left out', async () => {
    const d = sampleReportData();
    d.sources = Array.from({ length: 20 }, (_, i) => ({ source: `县直部门${i + 1}`, total: 20 - i, byRule: { R06: 20 - i }, townships: [{ township: '丹水镇', count: 20 - i }] }));
    d.registers.omitted.secondments = 37;
    const files = await buildReportFiles(d);
    const table2 = tableWithCaption(files.html, '表2');
    const rows = [...table2.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => /<td[^>]*>([^<]*)/.exec(m[1]!)?.[1]);
    expect(rows).toHaveLength(15);
    expect(rows.at(-1)).toBe('其他 6 个来源');
    // 15 + 14 + … + 1 = the six smallest sources, folded.
    expect(table2).toMatch(/其他 6 个来源<\/td>[\s\S]*?<strong>21<\/strong>/);
    // The chat list still names every source.
    expect(files.markdown).toContain('**县直部门20**（1 条）');
    expect(files.markdown).toContain('另有 37 条未列出');
  });
});
