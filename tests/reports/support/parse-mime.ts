// Just enough MIME parsing to check what nodemailer put on the wire: headers (with
// RFC 2047 encoded words), multipart bodies, base64 and quoted-printable parts, and
// RFC 2231 file names.
export interface MimePart {
  headers: Map<string, string>;
  body: Buffer;
  parts: MimePart[];
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)?/g, (_m, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const clean = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === '=' && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) {
      bytes.push(parseInt(clean.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(clean[i]!, 'latin1'));
  }
  return Buffer.from(bytes);
}

export function parseMime(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), decodeWords(line.slice(i + 1).trim()));
  }
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const chunks = rest.split(`--${boundary}`).slice(1);
    const parts = chunks.filter((c) => !c.startsWith('--')).map((c) => parseMime(c.replace(/^\r?\n/, '')));
    return { headers, body: Buffer.alloc(0), parts };
  }
  const enc = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const body = enc === 'base64' ? Buffer.from(rest.replace(/\s+/g, ''), 'base64') : enc === 'quoted-printable' ? decodeQuotedPrintable(rest) : Buffer.from(rest, 'utf8');
  return { headers, body, parts: [] };
}

/** All leaf parts, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

/** The file name of an attachment (filename= or RFC 2231 filename*=). */
export function fileName(part: MimePart): string | null {
  const disp = part.headers.get('content-disposition') ?? '';
  const star = /filename\*=(?:utf-8|UTF-8)''([^;]+)/.exec(disp);
  if (star) return decodeURIComponent(star[1]!);
  const continued = [...disp.matchAll(/filename\*(\d+)\*?=(?:utf-8'')?([^;]+)/gi)].map((m) => m[2]!.replace(/^"|"$/g, ''));
  if (continued.length) return decodeURIComponent(continued.join(''));
  return /filename="?([^";]+)"?/.exec(disp)?.[1] ?? null;
}
