// Splits command arguments on any whitespace (ASCII, full-width U+3000, line breaks).
// Quotes — "…", “…”, 「…」, 『…』 — keep an argument with spaces in it together,
// e.g. 督查 登记 县住建局 「农村 危房 改造」 …
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', "'": "'" };

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let closing: string | undefined;
  let quoted = false;
  for (const ch of text) {
    if (closing !== undefined) {
      if (ch === closing) closing = undefined;
      else current += ch;
      continue;
    }
    if (QUOTE_PAIRS[ch] !== undefined && current === '') {
      closing = QUOTE_PAIRS[ch];
      quoted = true;
      continue;
    }
    if (/\s/u.test(ch)) {
      if (current !== '' || quoted) tokens.push(current);
      current = '';
      quoted = false;
      continue;
    }
    current += ch;
  }
  if (current !== '' || quoted) tokens.push(current);
  return tokens;
}
