// ISO-8601 weeks as the discipline office counts them: Monday 00:00 to Sunday 23:59:59 in
// Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed offset
// is exact and avoids depending on the host's time-zone database.
import type { IsoDate } from '../checks/types.js';

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface IsoWeek {
  /** ISO week-numbering year (may differ from the calendar year around New Year). */
  year: number;
  /** 1..53 */
  week: number;
}

export interface WeekRange extends IsoWeek {
  /** "2026-W47" */
  label: string;
  /** Monday 00:00 +08:00, inclusive. */
  start: Date;
  /** The next Monday 00:00 +08:00, exclusive (the week ends Sunday 23:59:59.999). */
  end: Date;
  /** Monday and Sunday as calendar dates in Asia/Shanghai. */
  firstDay: IsoDate;
  lastDay: IsoDate;
}

export class WeekFormatError extends Error {
  override name = 'WeekFormatError';
}

/** Calendar date in Asia/Shanghai of an instant, as "YYYY-MM-DD". */
export function shanghaiDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (00:00 +08:00) that starts the given calendar date. */
export function shanghaiMidnight(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}

function mondayOfWeek1(year: number): number {
  // Week 1 is the week holding 4 January (ISO 8601).
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

export function weeksInYear(year: number): number {
  // 28 December always lies in the year's last ISO week.
  return isoWeekOfLocalDay(Date.UTC(year, 11, 28)).week;
}

/** ISO week of a "local day" expressed as a UTC midnight timestamp. */
function isoWeekOfLocalDay(localDay: number): IsoWeek {
  const dow = (new Date(localDay).getUTCDay() + 6) % 7;
  const thursday = localDay + (3 - dow) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - mondayOfWeek1(year)) / WEEK_MS);
  return { year, week };
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

export function weekRange(w: IsoWeek): WeekRange {
  const localStart = mondayOfWeek1(w.year) + (w.week - 1) * WEEK_MS;
  const start = new Date(localStart - OFFSET_MS);
  const end = new Date(localStart + WEEK_MS - OFFSET_MS);
  return {
    year: w.year,
    week: w.week,
    label: formatIsoWeek(w),
    start,
    end,
    firstDay: new Date(localStart).toISOString().slice(0, 10),
    lastDay: new Date(localStart + 6 * DAY_MS).toISOString().slice(0, 10),
  };
}

/** The week (in Asia/Shanghai) that contains the instant. */
export function weekOf(instant: Date): WeekRange {
  const local = instant.getTime() + OFFSET_MS;
  const localDay = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  return weekRange(isoWeekOfLocalDay(localDay));
}

/** The last week that has fully ended at `now` (Sunday 23:59:59 +08:00 has passed). */
export function lastCompleteWeek(now: Date): WeekRange {
  return addWeeks(weekOf(now), -1);
}

export function addWeeks(w: IsoWeek, n: number): WeekRange {
  const start = weekRange(w).start.getTime() + n * WEEK_MS;
  return weekOf(new Date(start));
}

/** Weeks from `a` to `b` inclusive, oldest first (empty when b is before a). */
export function weeksBetween(a: IsoWeek, b: IsoWeek): WeekRange[] {
  const out: WeekRange[] = [];
  const endStart = weekRange(b).start.getTime();
  for (let w = weekRange(a); w.start.getTime() <= endStart; w = addWeeks(w, 1)) out.push(w);
  return out;
}

export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year !== b.year ? a.year - b.year : a.week - b.week;
}

/**
 * Parses "2026-W47" (also "2026W47", "2026-w47", full-width digits, "2026年第47周").
 * Throws WeekFormatError with a Chinese message that shows the expected form.
 */
export function parseIsoWeek(text: string): IsoWeek {
  const raw = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})$/.exec(raw) ?? /^(\d{4})\s*年\s*第?\s*(\d{1,2})\s*周$/.exec(raw);
  if (!m) {
    throw new WeekFormatError(`周次「${text}」格式不对：应写成“年份-W周次”，例如 2026-W47（2026 年第 47 周）。`);
  }
  const year = Number(m[1]);
  const week = Number(m[2]);
  const max = weeksInYear(year);
  if (week < 1 || week > max) {
    throw new WeekFormatError(`周次「${text}」不存在：${year} 年共有 ${max} 周，周次应在 1 到 ${max} 之间，例如 ${year}-W${String(Math.min(47, max)).padStart(2, '0')}。`);
  }
  return { year, week };
}
