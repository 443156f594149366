// Calendar-date arithmetic on 'YYYY-MM-DD' strings. Registers hold dates without times,
// and China keeps one offset (UTC+8, no DST since 1991), so a date is a plain day number:
// no Date objects on the hot path, no clock. The only clock-facing helper, todayIn(),
// takes the instant from its caller.
import type { IsoDate } from './types.js';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written exactly as YYYY-MM-DD (years 1900–2999).
 *  Reads char codes: validation runs once per date field of 100k-row registers. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    y = y * 10 + c;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  return isValidYmd(y, m1 * 10 + m2, d1 * 10 + d2);
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (Hinnant's days_from_civil). The input must be a valid ISO date;
 *  the hot path (100k records) calls this, so it reads char codes instead of splitting. */
export function dayNumber(iso: IsoDate): number {
  const y0 =
    (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return daysFromCivil(y0, m, d);
}

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber (Hinnant's civil_from_days). */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatYmd(y, m, d);
}

function formatYmd(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/**
 * The same calendar day `years` later. A period counted in years ends on the
 * corresponding day; when that month has no such day (29 February), it ends on the
 * month's last day — 《民法典》第二百零三条: "没有对应日的，月末日为期间的最后一日".
 */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const y = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48) + years;
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = Math.min((iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48), daysInMonth(y, m));
  return formatYmd(y, m, d);
}

/** Today's calendar date in a time zone (Asia/Shanghai by default) at the given instant.
 *  Callers pass the instant (`new Date()` at the edge), keeping checks clock-free. */
export function todayIn(now: Date, timeZone = 'Asia/Shanghai'): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** ISO-8601 week of a date, e.g. "2026-W48" (weeks start on Monday; week 1 holds the
 *  year's first Thursday). Used to re-send an overdue alert once a week. */
export function isoWeek(iso: IsoDate): string {
  const day = dayNumber(iso);
  const weekday = ((day % 7) + 7 + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = day - weekday + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(formatYmd(year, 1, 1))) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

// ---------------------------------------------------------------------------------------
// Reading dates the way county offices write them.

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: string };

/** The formats accepted, for error messages. */
export const ACCEPTED_DATE_FORMATS = '2026-11-23、2026/11/23、2026年11月23日、2026.11.23 或 20261123';

// Year, month, day separated by - / . 年 月 (with optional 日/号), after width folding.
const LOOSE_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*(?:日|号)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
// A date followed by a time of day (exports from office systems): keep the date.
const TRAILING_TIME = /[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a date as written in a register: 2026-11-23, 2026/11/23, 2026年11月23日,
 * 2026.11.23, 20261123, full-width digits, with an optional time after it. Returns a Chinese
 * reason when the text is not a real date (2026-02-30) or not a date at all.
 */
export function parseDateText(text: string): DateParse {
  const folded = text.normalize('NFKC').trim().replace(TRAILING_TIME, '');
  const m = LOOSE_DATE.exec(folded) ?? COMPACT_DATE.exec(folded);
  if (!m) return { ok: false, reason: `「${text}」不是可识别的日期格式，请写成 ${ACCEPTED_DATE_FORMATS}` };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return { ok: false, reason: `「${text}」不是真实存在的日期，请核对年、月、日` };
  return { ok: true, date: formatYmd(y, mo, d) };
}

/** Excel's day serial (1900 date system): serial 25569 is 1970-01-01. Serials below 61 fall
 *  before Excel's phantom 1900-02-29 and are never register dates, so they are rejected. */
export function excelSerialToDate(serial: number): DateParse {
  if (!Number.isFinite(serial) || serial < 61 || serial > 401768) {
    return { ok: false, reason: `数字「${serial}」不像 Excel 日期序号，请把单元格设为日期格式或写成 ${ACCEPTED_DATE_FORMATS}` };
  }
  return { ok: true, date: fromDayNumber(Math.floor(serial) - 25569) };
}
