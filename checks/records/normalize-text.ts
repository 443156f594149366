// Text normalisation for comparing register fields written by different offices:
// full-width vs half-width, stray spaces and punctuation, "无" for an empty approval.

/** Width-folded (NFKC), trimmed, inner whitespace removed. Chinese names never hold spaces;
 *  spreadsheets often do ("丹水 镇", trailing blanks). */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

/** foldText without punctuation or symbols, lower-cased: a comparison key. */
export function compactText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCTUATION, '');
}

// What offices write in an approval column when there is no approval. A blank cell is the
// common case; the words below are the others seen in registers ("无", "待批", "—").
const NO_APPROVAL = new Set([
  '',
  '无',
  '暂无',
  '没有',
  '空',
  '否',
  '未',
  '未批',
  '未审批',
  '未报批',
  '未批准',
  '未经审批',
  '未经批准',
  '待批',
  '待审批',
  '待批准',
  '审批中',
  '报批中',
  '正在报批',
  '正在审批',
  '无文号',
  '无批文',
  '不详',
  'na',
  'n/a',
  'none',
  'null',
  'nil',
  '0',
]);

/** Whether text starts with a letter or digit (ASCII or CJK by char code; the rest by regex). */
export function startsWithWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff)) return true;
  return /^[\p{L}\p{N}]/u.test(text);
}

/** The approval reference as written, or null when there is none (null, empty string,
 *  whitespace, a dash, or a word meaning "none" such as 无/待批/未审批). */
export function normalizeApprovalRef(ref: unknown): string | null {
  if (ref === null || ref === undefined || ref === false) return null;
  const text = String(ref).trim();
  // Real references ("西组借〔2026〕5号") are longer than any "none" word: skip the lookup.
  if (text.length > 8 && startsWithWord(text)) return text;
  const key = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  if (NO_APPROVAL.has(key)) return null;
  // Only dashes, slashes, dots or similar filler ("—", "/", "--", "……"). A reference
  // starting with a letter or digit is never filler (the common case: skip the scan).
  if (!startsWithWord(key) && /^[\p{P}\p{S}]+$/u.test(key)) return null;
  return text;
}

// Suffixes naming the government or party organ of a township rather than the place.
const PLACE_ORGAN_SUFFIX = /(?:人民政府|党委|政府|办事处|党工委)$/u;

const placeCache = new Map<string, string>();

/** Comparison key for a township (乡镇/苏木/街道) name: "丹水镇人民政府 " → "丹水镇".
 *  Cached: a register names the same few hundred townships over and over. */
export function placeKey(name: string): string {
  let key = placeCache.get(name);
  if (key === undefined) {
    key = foldText(name).replace(PLACE_ORGAN_SUFFIX, '');
    if (placeCache.size > 100_000) placeCache.clear();
    placeCache.set(name, key);
  }
  return key;
}

// "各乡镇", "全旗各苏木镇", "所有街道", "全县": an inspection of every township.
const ALL_PLACES =
  /^(?:全(?:县|旗|市|区|镇|乡))?(?:各|所有|全部|全体)(?:苏木乡镇|乡镇街道|乡镇\(街道\)|乡镇|苏木镇|镇街|镇|乡|街道|苏木)$|^全(?:县|旗|区|市)(?:范围|域)?$/u;

/** Whether a township cell means "every township" rather than naming one. */
export function isAllPlaces(name: string): boolean {
  return ALL_PLACES.test(foldText(name));
}

const PLACE_SEPARATOR = /[、,;/|\s，；／]/u;

/** Splits a township list written in one cell: "丹水镇、田关镇" / "丹水镇,田关镇" / "丹水镇 田关镇". */
export function splitPlaces(text: string): string[] {
  if (!PLACE_SEPARATOR.test(text)) return text.length > 0 ? [text] : [];
  return text
    .normalize('NFKC')
    .split(/[、,;/|\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
