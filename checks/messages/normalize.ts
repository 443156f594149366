// Text normalisation shared by the prefilter and the patterns, with an offset map back to
// the original text so that spans point at what the user wrote.
//
// One fold table over the BMP, built once: each code unit maps to one normalised code unit
// (NFKC of the single character: full-width → half-width, compatibility forms → plain),
// ASCII upper case → lower case, and 0 for characters dropped entirely (spaces, format
// characters, emoji and other symbols, variation selectors). Line breaks stay, as "\n",
// because they end sentences. Astral characters (most emoji) are dropped too.

export const DROP = 0;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = DROP; // surrogates: astral characters are dropped (emoji, rare ideographs)
      continue;
    }
    const ch = String.fromCharCode(c);
    if (ch === '\n') {
      table[c] = 0x0a;
      continue;
    }
    if (/[\s\p{Cf}\p{Cc}\p{So}\p{Sk}\p{Mn}\p{Me}\uFE00-\uFE0F]/u.test(ch) && ch !== '\n') {
      // \u2028/\u2029 separate lines like "\n"
      table[c] = c === 0x2028 || c === 0x2029 ? 0x0a : DROP;
      continue;
    }
    const n = ch.normalize('NFKC');
    let out = n.length === 1 ? n.charCodeAt(0) : c;
    if (out >= 0x41 && out <= 0x5a) out += 0x20;
    // Chinese full stop variants and the ideographic comma stay as they are; curly quotes
    // are unified so patterns can match “” with one class.
    table[c] = out === DROP ? c : out;
  }
  return table;
}

export const FOLD: Uint16Array = buildFoldTable();

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** For each normalised code unit, its offset in the original text (built on demand:
   *  only messages with findings need it). */
  readonly start: Int32Array;
  /** For each normalised code unit, the offset just past its original character. */
  readonly end: Int32Array;
}

// One growing scratch buffer: normalising must not allocate per message on the hot path.
let scratch = new Uint16Array(4096);

function fold(original: string): string {
  const n = original.length;
  if (n <= SHORT) return foldBySlices(original);
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const buf = scratch;
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = original.charCodeAt(i);
    if (c === 0x0d) {
      // "\r\n" and lone "\r" both become one "\n".
      if (original.charCodeAt(i + 1) === 0x0a) continue;
      c = 0x0a;
    }
    const f = FOLD[c]!;
    if (f !== DROP) buf[k++] = f;
  }
  if (k <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, k) as unknown as number[]);
  let text = '';
  for (let i = 0; i < k; i += 4096) text += String.fromCharCode.apply(null, buf.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return text;
}

/** Up to this length a text is folded by copying the unchanged runs between the characters
 *  that change (most characters of Chinese text fold to themselves): about twice as fast as
 *  building a new string from a code-unit buffer. */
const SHORT = 4096;

function foldBySlices(original: string): string {
  let out = '';
  let run = 0;
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const f = c === 0x0d ? 0x0a : FOLD[c]!;
    if (f === c) continue;
    out += original.slice(run, i);
    // "\r\n" and lone "\r" both become one "\n".
    if (f !== DROP && !(c === 0x0d && original.charCodeAt(i + 1) === 0x0a)) out += String.fromCharCode(f);
    run = i + 1;
  }
  return run === 0 ? original : out + original.slice(run);
}

class Normalized implements NormalizedText {
  private maps: { start: Int32Array; end: Int32Array } | null = null;
  constructor(
    readonly text: string,
    readonly original: string,
  ) {}

  get start(): Int32Array {
    return (this.maps ??= this.buildMaps()).start;
  }

  get end(): Int32Array {
    return (this.maps ??= this.buildMaps()).end;
  }

  private buildMaps(): { start: Int32Array; end: Int32Array } {
    const original = this.original;
    const n = original.length;
    const start = new Int32Array(this.text.length + 1);
    const end = new Int32Array(this.text.length + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const c = original.charCodeAt(i);
      if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) continue;
      if (c !== 0x0d && FOLD[c] === DROP) continue;
      start[k] = i;
      end[k] = i + 1;
      k++;
    }
    start[k] = n;
    end[k] = n;
    return { start, end };
  }
}

export function normalize(original: string): NormalizedText {
  return new Normalized(fold(original), original);
}

/** Below this length a span is mapped by re-reading the original text, which allocates
 *  nothing; longer texts build the full offset tables once. */
const WALK_LIMIT = 2048;

/** Original offset of normalised position k (k may equal the text length). */
function walkTo(original: string, k: number): number {
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) continue;
    if (c !== 0x0d && FOLD[c] === DROP) continue;
    if (j === k) return i;
    j++;
  }
  return original.length;
}

/** Maps a [start, end) span of normalised text to the original text. */
export function toOriginalSpan(norm: NormalizedText, s: number, e: number): [number, number] {
  if (norm instanceof Normalized && norm.original.length === norm.text.length) {
    // Nothing was dropped (folding maps one code unit to one, "\r\n" would have lost one):
    // offsets are the same in both texts.
    return [s, Math.max(s, e)];
  }
  if (norm instanceof Normalized && norm.original.length <= WALK_LIMIT) {
    const a = walkTo(norm.original, s);
    if (e <= s) return [a, a];
    return [a, walkTo(norm.original, e - 1) + 1];
  }
  if (e <= s) return [norm.start[s]!, norm.start[s]!];
  return [norm.start[s]!, norm.end[e - 1]!];
}

/** Normalises a literal (keyword) the same way as message text. */
export function normalizeLiteral(s: string): string {
  return normalize(s).text;
}
