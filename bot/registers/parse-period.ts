// One cell holding a secondment's whole period, as many registers keep it:
// "2026.05.01-2026.07.31", "2026年5月1日至7月31日", "2026/11/1～2027/1/31", "2026-10-01至今",
// "2026-10-01起（时间待定）". The end may omit the year (taken from the start, or the next
// year when it would fall before the start); an open end gives end = null.
import { dayNumber, parseDateText, ACCEPTED_DATE_FORMATS } from '../../checks/dates.js';
import type { IsoDate } from '../../checks/types.js';

export type PeriodParse = { ok: true; start: IsoDate; end: IsoDate | null } | { ok: false; reason: string };

const FULL = String.raw`\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?`;
const SHORT = String.raw`\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?`;
const SEP = String.raw`\s*(?:至|到|~|～|—+|–|－|-{1,2}|——)\s*`;
const RANGE = new RegExp(String.raw`^(${FULL})(?:${SEP}(${FULL}|${SHORT}))?\s*(.*)$`, 'u');
const OPEN_TAIL = /^(?:至今|至现在|到现在|起|开始|以来|至|到)?[(（]?(?:时间待定|待定|未定|长期|不定期|另行通知|直至工作结束|工作结束|任务完成)?[)）]?$/u;

export function parsePeriod(text: string): PeriodParse {
  const folded = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const m = RANGE.exec(folded);
  if (!m) return { ok: false, reason: `「${text}」不是起止时间，请写成“2026-05-01至2026-07-31”，日期可用 ${ACCEPTED_DATE_FORMATS}` };
  const start = parseDateText(m[1]!);
  if (!start.ok) return { ok: false, reason: `起始${start.reason}` };
  const tail = (m[3] ?? '').trim();
  if (!m[2]) {
    // "2026-10-01至今", "2026-10-01起", a lone start date: no end date, open-ended.
    if (OPEN_TAIL.test(tail.replace(/^[,，]/u, ''))) return { ok: true, start: start.date, end: null };
    return { ok: false, reason: `「${text}」中没有可识别的结束日期，请写成“2026-05-01至2026-07-31”` };
  }
  if (tail !== '' && !/^[(（].*[)）]$/u.test(tail)) return { ok: false, reason: `「${text}」结束日期后还有无法识别的内容「${tail}」` };
  let endText = m[2];
  if (!/^\d{4}/.test(endText)) endText = `${start.date.slice(0, 4)}-${endText.replace(/[月./]/u, '-').replace(/[日号]/u, '')}`;
  const end = parseDateText(endText);
  if (!end.ok) return { ok: false, reason: `结束${end.reason}` };
  let endDate = end.date;
  if (!/^\d{4}/.test(m[2]) && dayNumber(endDate) < dayNumber(start.date)) {
    const nextYear = parseDateText(`${Number(start.date.slice(0, 4)) + 1}${endDate.slice(4)}`);
    if (nextYear.ok) endDate = nextYear.date;
  }
  return { ok: true, start: start.date, end: endDate };
}
