// Chinese date parsing for chat commands. Pure: `today` (a calendar date in the county's
// time zone, "YYYY-MM-DD") is passed in, never read from the clock, so "明天" means the
// same thing in a test as in production.
//
// Accepted (full-width digits and punctuation too, since phones type them):
//   2026-11-23  2026/11/23  2026.11.23  2026年11月23日(号)  20261123
//   11月23日  11-23  11/23 (this year)  十一月二十三日 (Chinese numerals)
//   今天 今日 明天 明日 后天 昨天 昨日 前天
//   周一…周日, 星期一…星期天, 礼拜一 (this week), 本周X/这周X, 下周X/下星期X, 上周X
import type { IsoDate } from '../../checks/types.js';
import { addDays, parseDateText } from '../../checks/dates.js';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; error: string };

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 昨天: -1, 昨日: -1, 前天: -2 };

/** The accepted forms, for error messages and 帮助. */
export const DATE_FORMS_HINT = '2026-11-23、2026/11/23、2026年11月23日、2026.11.23、11月23日、今天、明天、下周一';

/** "十一" → 11, "二十三" → 23, "三十" → 30, "23" → 23; undefined when not a number. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九两])?(十)?([零〇一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens] : units && !tens ? DIGITS[units] : undefined;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Builds "YYYY-MM-DD" if the parts name a real calendar date. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function normalise(text: string): string {
  // NFKC folds full-width digits and punctuation (２０２６／１１／２３) to ASCII.
  return text.normalize('NFKC').replace(/\s+/g, '').trim();
}

function invalid(text: string): DateParse {
  return { ok: false, error: `「${text}」不是有效日期，请写成 ${DATE_FORMS_HINT} 等形式。` };
}

function fromParts(raw: string, year: number, month: number | undefined, day: number | undefined): DateParse {
  if (month === undefined || day === undefined) return invalid(raw);
  const iso = makeIsoDate(year, month, day);
  if (!iso) return { ok: false, error: `「${raw}」这一天不存在（${year}年${month}月没有${day}日），请检查月份和日期。` };
  return { ok: true, date: iso };
}

const NUM = '([0-9]{1,2}|[零〇一二三四五六七八九十两]{1,3})';
const FULL_NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const FULL_CHINESE = new RegExp(`^(\\d{4}|[零〇一二三四五六七八九]{4})年${NUM}月${NUM}[日号]?$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY_CHINESE = new RegExp(`^${NUM}月${NUM}[日号]?$`);
const MONTH_DAY_NUMERIC = /^(\d{1,2})[-/.](\d{1,2})$/;
const WEEKDAY = /^(上上|上|本|这|下下|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])$/;

/** Parses one date token. `today` is "YYYY-MM-DD" in the county's time zone. */
export function parseChineseDate(input: string, today: IsoDate): DateParse {
  const raw = input.trim();
  const text = normalise(raw);
  if (text === '') return { ok: false, error: `缺少日期，请写成 ${DATE_FORMS_HINT} 等形式。` };
  const year = Number(today.slice(0, 4));

  const relative = RELATIVE_DAYS[text];
  if (relative !== undefined) return { ok: true, date: addDays(today, relative) };

  // Full dates read exactly as the registers read them (checks/dates.ts), so a date
  // typed in chat and one imported from a spreadsheet can never disagree.
  let m = FULL_NUMERIC.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const parsed = parseDateText(text);
    return parsed.ok ? parsed : fromParts(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  }

  m = FULL_CHINESE.exec(text);
  if (m) {
    const y = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => DIGITS[c]).join(''));
    return fromParts(raw, y, parseSmallNumber(m[2]!), parseSmallNumber(m[3]!));
  }

  m = MONTH_DAY_CHINESE.exec(text) ?? MONTH_DAY_NUMERIC.exec(text);
  if (m) return fromParts(raw, year, parseSmallNumber(m[1]!), parseSmallNumber(m[2]!));

  m = WEEKDAY.exec(text);
  if (m) {
    const weekOffset = ({ 上上: -2, 上: -1, 本: 0, 这: 0, 下: 1, 下下: 2 } as Record<string, number>)[m[1] ?? '本'] ?? 0;
    const target = WEEKDAYS[m[2]!]!;
    const monday = addDays(today, 1 - isoWeekday(today));
    return { ok: true, date: addDays(monday, weekOffset * 7 + target - 1) };
  }
  return invalid(raw);
}

/** Words that mean "no end date yet" in a register command (secondment-no-term). */
export const OPEN_END_WORDS = new Set(['待定', '无', '未定', '不定', '长期', '-', '—', '无期限']);
