// Checks that HTML (with inline SVG) is well formed: every element closed in order, no
// stray end tags. Mail clients are forgiving, but an unclosed table can swallow the rest
// of a message in some of them.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface HtmlElement {
  name: string;
  attrs: string;
}

export function parseHtmlElements(html: string): HtmlElement[] {
  const stack: string[] = [];
  const elements: HtmlElement[] = [];
  const body = html.replace(/<!DOCTYPE[^>]*>/i, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g)) {
    const [, closing, rawName, attrs, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at offset ${m.index}`);
      continue;
    }
    elements.push({ name, attrs: attrs ?? '' });
    if (!selfClosing && !VOID.has(name)) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed elements: ${stack.join(' > ')}`);
  return elements;
}
