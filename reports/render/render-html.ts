// HTML for e-mail. Mail clients drop <style> blocks, scripts and external resources, so
// everything is inline: table layout, inline styles, the chart as inline SVG. The heat
// table is a real table with cell backgrounds, which every client shows.
import type { Block, Cell, ReportDocument, Run } from './document-model.js';

const RED = '#b3261e';
const SANS = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";
const HEI = "SimHei,'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif";
const SERIF_TITLE = "'FZXiaoBiaoSong-B05S','STZhongsong','SimSun','Noto Serif CJK SC',serif";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function runs(rs: Run[]): string {
  return rs
    .map((r) => {
      const t = escapeHtml(r.text);
      if (r.muted) return `<span style="color:#6b6b6b;font-size:13px">${t}</span>`;
      if (r.quote) return `<span style="color:#222;background:#fbf1ef">${t}</span>`;
      return r.strong ? `<strong>${t}</strong>` : t;
    })
    .join('');
}

/** Cell background from white to the report red, by heat 0..1. */
export function heatColour(heat: number): string {
  const h = Math.max(0, Math.min(1, heat));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * (0.12 + 0.88 * h));
  const [r, g, b] = [mix(255, 0xb3), mix(255, 0x26), mix(255, 0x1e)];
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function cell(c: Cell, tag: 'td' | 'th', width?: string): string {
  const styles = ['border:1px solid #cfcfcf', 'padding:5px 8px', `text-align:${c.align ?? 'left'}`, 'vertical-align:top'];
  if (width) styles.push(`width:${width}`);
  if (c.heat !== undefined && c.text) {
    styles.push(`background:${heatColour(c.heat)}`, `color:${c.heat > 0.55 ? '#fff' : '#222'}`);
  }
  if (tag === 'th') styles.push('background:#f2eeee', 'font-weight:bold', `font-family:${HEI}`);
  const text = escapeHtml(c.text);
  return `<${tag} style="${styles.join(';')}">${c.strong && tag === 'td' ? `<strong>${text}</strong>` : text}</${tag}>`;
}

function block(b: Block, svgs: Map<Block, string>): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? `<h2 style="font-family:${HEI};font-size:19px;font-weight:bold;color:#111;margin:26px 0 10px;padding-bottom:4px;border-bottom:1px solid #e3c9c6">${escapeHtml(b.text)}</h2>`
        : `<h3 style="font-family:${HEI};font-size:16px;font-weight:bold;color:#333;margin:18px 0 8px">${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p style="margin:8px 0;line-height:1.8;text-indent:2em">${runs(b.runs)}</p>`;
    case 'note':
      return `<p style="margin:8px 0;color:#6b6b6b;font-size:13px">${runs(b.runs)}</p>`;
    case 'list':
      return `<ul style="margin:8px 0;padding-left:1.6em;line-height:1.8">${b.items.map((i) => `<li style="margin:3px 0">${runs(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const total = (b.widths ?? b.header.map(() => 1)).reduce((a, n) => a + n, 0);
      const widths = b.widths?.map((w) => `${((w / total) * 100).toFixed(1)}%`);
      const caption = b.caption ? `<caption style="caption-side:top;text-align:center;font-family:${HEI};font-size:14px;padding:6px 0">${escapeHtml(b.caption)}</caption>` : '';
      const head = `<tr>${b.header.map((h, i) => cell({ text: h, align: 'center' }, 'th', widths?.[i])).join('')}</tr>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('');
      return `<table role="table" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;margin:10px 0 14px;font-size:14px">${caption}${head}${rows}</table>`;
    }
    case 'chart':
      return `<div style="margin:12px 0;text-align:center"><div style="font-family:${HEI};font-size:14px;padding:6px 0">${escapeHtml(b.caption)}</div>${svgs.get(b) ?? ''}</div>`;
    case 'entry':
      return `<div style="margin:10px 0;padding:6px 10px;border-left:3px solid ${RED};background:#fcfafa;line-height:1.75"><div>${runs(b.head)}</div>${b.lines.map((l) => `<div style="padding-left:1em">${runs(l)}</div>`).join('')}</div>`;
  }
}

/** Makes vega's SVG scale down on narrow screens and carry an accessible name. */
export function inlineSvg(svg: string, label: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const dims = /width="(\d+(?:\.\d+)?)"/.exec(attrs);
    const style = `max-width:100%;height:auto${dims ? `;width:${dims[1]}px` : ''}`;
    return `<svg${attrs} role="img" aria-label="${escapeHtml(label)}" style="${style}"><title>${escapeHtml(label)}</title>`;
  });
}

/**
 * Renders the document. `charts` maps each chart block to its SVG (rendered beforehand,
 * since vega renders asynchronously).
 */
export function renderHtml(doc: ReportDocument, charts: Map<Block, string>): string {
  const svgs = new Map([...charts].map(([b, svg]) => [b, inlineSvg(svg, b.kind === 'chart' ? b.caption : '')]));
  const body = doc.blocks.map((b) => block(b, svgs)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
</head>
<body style="margin:0;padding:0;background:#f1f1f1">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f1f1">
<tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:760px;background:#ffffff;border:1px solid #e0e0e0">
<tr><td style="padding:28px 36px 8px;text-align:center">
<div style="font-family:${SERIF_TITLE};font-size:34px;color:${RED};letter-spacing:4px;font-weight:bold">${escapeHtml(doc.masthead)}</div>
<div style="font-family:${SANS};font-size:15px;color:#222;margin-top:8px">${escapeHtml(doc.issue)}</div>
</td></tr>
<tr><td style="padding:0 36px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-bottom:2px solid ${RED};font-family:${SANS};font-size:14px;color:#222">
<tr><td style="padding:6px 0;text-align:left">${escapeHtml(doc.issuer)}</td><td style="padding:6px 0;text-align:right">${escapeHtml(doc.issuedOn)}</td></tr>
</table>
</td></tr>
<tr><td style="padding:18px 36px 28px;font-family:${SANS};font-size:15px;color:#222">
<h1 style="font-family:${SERIF_TITLE};font-size:23px;font-weight:bold;text-align:center;margin:8px 0 6px;color:#111">${escapeHtml(doc.title)}</h1>
<p style="text-align:center;color:#555;font-size:14px;margin:0 0 14px">统计期间：${escapeHtml(doc.period)}</p>
${body}
<div style="margin-top:26px;padding-top:8px;border-top:1px solid ${RED};color:#6b6b6b;font-size:12px;line-height:1.7">${doc.footer.map((f) => `<div>${escapeHtml(f)}</div>`).join('')}</div>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
