// Markdown for chat apps. Kept to what reads well even where Markdown is not rendered
// (WeChat shows it as plain text): headings, bold, lists; tables become lists and the
// chart becomes the rule list, because pipes and images do not survive a chat window.
import type { Block, ReportDocument, Run } from './document-model.js';

/** Escapes only the characters chat Markdown acts on mid-line: every escape shows as a
 *  stray backslash where the app does not render Markdown. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

function runs(rs: Run[]): string {
  // Adjacent bold runs are merged: "**a****b**" is not bold in most Markdown dialects.
  const merged: Run[] = [];
  for (const r of rs) {
    const prev = merged.at(-1);
    if (prev && !!prev.strong === !!r.strong) merged[merged.length - 1] = { ...prev, text: prev.text + r.text };
    else merged.push(r);
  }
  return merged
    .map((r) => {
      const t = escapeMd(r.text);
      if (!t.trim()) return t;
      if (!r.strong) return t;
      // Keep surrounding spaces outside the markers, or they stop being bold.
      const lead = /^\s*/.exec(t)?.[0] ?? '';
      const tail = /\s*$/.exec(t)?.[0] ?? '';
      return `${lead}**${t.trim()}**${tail}`;
    })
    .join('');
}

function block(b: Block, out: string[]): void {
  switch (b.kind) {
    case 'heading':
      out.push(`${b.level === 1 ? '##' : '###'} ${escapeMd(b.text)}`, '');
      return;
    case 'paragraph':
    case 'note':
      out.push(runs(b.runs), '');
      return;
    case 'list':
      for (const item of b.items) out.push(`- ${runs(item)}`);
      out.push('');
      return;
    case 'table':
    case 'chart':
      for (const c of b.chat) block(c, out);
      return;
    case 'entry':
      out.push(`- ${runs(b.head)}`);
      for (const line of b.lines) out.push(`  ${runs(line)}`);
      out.push('');
      return;
  }
}

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`, '', `${escapeMd(doc.issuer)}\u3000${doc.issuedOn}\u3000统计期间：${doc.period}`, ''];
  for (const b of doc.blocks) block(b, out);
  out.push('---', ...doc.footer.map((f) => `${escapeMd(f)}  `));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
