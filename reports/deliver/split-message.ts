// Splits the Markdown digest into chat-sized messages. Breaks fall between sections first,
// then between paragraphs or list entries, then between lines; a single over-long line is
// cut hard only as a last resort. Each part after the first says it continues the report.
export const CHAT_LIMITS: Record<string, number> = {
  // Slack accepts 40k characters but folds long messages; ~3.5k stays readable.
  slack: 3500,
  // WeChat truncates text messages around 2,000 characters.
  wechat: 1800,
  console: 100_000,
};

function pack(pieces: string[], sep: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current ? current + sep + piece : piece;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = piece;
  }
  if (current) out.push(current);
  return out;
}

function splitLevel(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  if (level === 0) {
    // Sections start with "## ".
    const sections = text.split(/\n(?=## )/);
    return pack(sections.flatMap((s) => splitLevel(s, max, 1)), '\n', max);
  }
  if (level === 1) {
    const blocks = text.split(/\n\n/);
    return pack(blocks.flatMap((b) => splitLevel(b, max, 2)), '\n\n', max);
  }
  if (level === 2) {
    const lines = text.split('\n');
    return pack(lines.flatMap((l) => splitLevel(l, max, 3)), '\n', max);
  }
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}

/** Parts of at most `max` characters (including the continuation header). */
export function splitForChat(markdown: string, max: number, title: string): string[] {
  const header = (i: number, n: number) => `（续）${title}（${i}/${n}）\n\n`;
  const room = Math.max(200, max - header(99, 99).length);
  const parts = splitLevel(markdown.trim(), room, 0).map((p) => p.trim()).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p : header(i + 1, parts.length) + p));
}
