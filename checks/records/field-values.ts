// Reading one field value the way registers write it: dates in several formats, "待定"
// for an open end, "是/否" for yes/no. Shared by the JSON validator and the CSV/XLSX
// importer so that both accept exactly the same things and word errors the same way.
import { excelSerialToDate, isIsoDate, parseDateText } from '../dates.js';
import type { IsoDate } from '../types.js';
import { startsWithWord } from './normalize-text.js';

export type FieldParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A cell value as it comes from JSON, csv-parse (string) or exceljs (string, number,
 *  boolean, Date, rich text already flattened). */
export type CellValue = string | number | boolean | Date | null | undefined;

// String.prototype.trim removes every Unicode space, the ideographic space U+3000 included.
function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Only dashes/slashes: how offices fill a cell that does not apply ("—", "/", "-"). */
function isFiller(text: string): boolean {
  if (startsWithWord(text.trimStart())) return false;
  return /^[\p{P}\p{S}\s]+$/u.test(text.normalize('NFKC'));
}

/**
 * A date from a cell. exceljs gives date cells as Date at UTC midnight (it has no time
 * zone), so the UTC fields are the calendar date; numbers are Excel day serials only when
 * `allowSerial` (a spreadsheet cell), never in JSON.
 */
export function readDate(value: CellValue, opts: { allowSerial: boolean }): FieldParse<IsoDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: '单元格里的日期无效' };
    const iso = `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
    return parseDateText(iso).ok ? { ok: true, value: iso } : { ok: false, reason: `日期「${iso}」超出可接受的范围` };
  }
  if (typeof value === 'number') {
    if (!opts.allowSerial) return { ok: false, reason: `「${value}」是数字，日期请写成字符串，如 "2026-11-23"` };
    const r = excelSerialToDate(value);
    return r.ok ? { ok: true, value: r.date } : r;
  }
  if (typeof value !== 'string') return { ok: false, reason: `「${String(value)}」不是日期` };
  if (isIsoDate(value)) return { ok: true, value }; // the common case, without re-parsing
  const text = (value as string).trim(); // (the guard narrows IsoDate = string away)
  // A serial that arrived as text (CSV saved from Excel with a General-format column).
  if (opts.allowSerial && /^\d{5}(?:\.\d+)?$/.test(text)) {
    const r = excelSerialToDate(Number(text));
    return r.ok ? { ok: true, value: r.date } : r;
  }
  const r = parseDateText(text);
  return r.ok ? { ok: true, value: r.date } : r;
}

// An end date that is not a date but says "open-ended": these make a secondment no-term.
const OPEN_END =
  /^(?:无|暂无|待定|未定|暂未确定|未确定|不确定|时间待定|另行通知|另行确定|长期|无期限|不定期|视工作需要|根据工作需要|直至工作结束|直到工作结束|至工作结束|工作结束|工作结束为止|任务完成|任务结束|完成为止|任务完成为止|至任务完成|待任务完成)[。.]?$/u;

/** An optional date: blank, a dash, or (for end dates) an open-ended phrase → null. */
export function readOptionalDate(
  value: CellValue,
  opts: { allowSerial: boolean; openEnded?: boolean; notYet?: boolean },
): FieldParse<IsoDate | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === 'string') {
    const text = value.normalize('NFKC').replace(/\s+/gu, '');
    if (isFiller(text)) return { ok: true, value: null };
    if (opts.openEnded && OPEN_END.test(text)) return { ok: true, value: null };
    if (opts.notYet && /^(?:无|否|未|未返回|尚未返回|未归|在借|借调中|仍在借调|未回)$/u.test(text)) return { ok: true, value: null };
  }
  return readDate(value, opts);
}

/** Non-empty text (numbers are accepted as text: ids are often numeric). */
export function readText(value: CellValue): FieldParse<string> {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  if (typeof value !== 'string') return { ok: false, reason: isBlank(value) ? '不能为空' : `「${String(value)}」不是文字` };
  // Kept as written (trimmed): comparisons fold width themselves (placeKey, topicKey).
  const text = value.trim();
  return text.length > 0 && !isFiller(text) ? { ok: true, value: text } : { ok: false, reason: '不能为空' };
}

/** Optional text: blank or a dash → null. */
export function readOptionalText(value: CellValue): FieldParse<string | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === 'string' && isFiller(value)) return { ok: true, value: null };
  return readText(value);
}

// Negations checked first: "不要求准备材料" must be no, though it names materials.
const NO = /^(?:否|不|无|没有|n|no|false|0|×|x|✗|免|未要求)$|不要求|不需|无需|无须|不用|不必|没有要求|不准备|免于|不安排/iu;
const NEGATED_CLAUSE = /不要求|不需|无需|无须|免于|免|勿|禁止|严禁|不得|不用|不必|不搞|不准|不安排|不看|不查/u;
const YES = /^(?:是|要|需|需要|要求|有|y|yes|true|1|√|✓|✔)$/iu;
// Free-text descriptions of what townships must prepare for the visit (迎检).
const PREPARATION_CUE = /迎检|准备|汇报材料|汇报|材料|展板|陪同|台账备查|备查|打扫|布置|彩排|解说|讲解|接待/u;

/** Yes/no from a cell: booleans, 是/否, 1/0, √/×, or a phrase ("需准备汇报材料" → yes,
 *  "无需准备" → no). Blank → `blank`. */
export function readYesNo(value: CellValue, blank: boolean): FieldParse<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (isBlank(value)) return { ok: true, value: blank };
  if (typeof value === 'number') {
    if (value === 1 || value === 0) return { ok: true, value: value === 1 };
    return { ok: false, reason: `「${value}」不是“是/否”` };
  }
  if (typeof value !== 'string') return { ok: false, reason: `「${String(value)}」不是“是/否”` };
  const text = value.normalize('NFKC').replace(/\s+/gu, '');
  // Ticks and crosses are symbols: test them before treating symbols as an empty cell.
  if (NO.test(text)) return { ok: true, value: false };
  if (YES.test(text)) return { ok: true, value: true };
  if (isFiller(text)) return { ok: true, value: blank };
  if (PREPARATION_CUE.test(text)) return { ok: true, value: true };
  return { ok: false, reason: `「${value}」不是“是/否”，请填 是 或 否` };
}

/** Whether a free-text note (备注/督查要求) asks townships to prepare for the visit. */
export function notesRequirePreparation(text: string | null): boolean {
  if (!text) return false;
  const folded = text.normalize('NFKC').replace(/\s+/gu, '');
  // Split into clauses so "不看材料，但要求陪同" still counts the second clause.
  return folded
    .split(/[,.;:!?，。；：！？、]/u)
    .some((clause) => PREPARATION_CUE.test(clause) && !NEGATED_CLAUSE.test(clause));
}
