// Chinese date, number and quotation formats shared by the three renderers, so that chat,
// e-mail and print say the same thing in the same words.
import type { Basis } from '../../checks/types.js';
import type { WeekRange } from '../week.js';

const OFFSET_MS = 8 * 3600_000;

function local(d: Date): Date {
  return new Date(d.getTime() + OFFSET_MS);
}

/** "2026年11月16日" (Asia/Shanghai). */
export function dateCn(d: Date, withYear = true): string {
  const l = local(d);
  const md = `${l.getUTCMonth() + 1}月${l.getUTCDate()}日`;
  return withYear ? `${l.getUTCFullYear()}年${md}` : md;
}

/** "11月16日 09:05" (Asia/Shanghai). */
export function dateTimeCn(d: Date, withYear = false): string {
  const l = local(d);
  const hm = `${String(l.getUTCHours()).padStart(2, '0')}:${String(l.getUTCMinutes()).padStart(2, '0')}`;
  return `${dateCn(d, withYear)} ${hm}`;
}

/** "2026年11月16日至11月22日"; the year is repeated across New Year. */
export function weekPeriodCn(w: WeekRange): string {
  const last = new Date(w.end.getTime() - 1);
  const sameYear = local(w.start).getUTCFullYear() === local(last).getUTCFullYear();
  return `${dateCn(w.start)}至${dateCn(last, !sameYear)}`;
}

/** "增加 3" / "减少 2" / "持平", comparing with last week. */
export function changeCn(now: number, before: number): string {
  if (now === before) return '持平';
  return now > before ? `增加 ${now - before}` : `减少 ${before - now}`;
}

/** Compact arrow form for tables: "↑3", "↓2", "—". */
export function changeArrow(now: number, before: number): string {
  if (now === before) return '—';
  return now > before ? `↑${now - before}` : `↓${before - now}`;
}

export function averageText(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** Collapses whitespace and cuts long text at `max` characters with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** Wraps text in Chinese double quotes, turning quotes inside into single ones
 *  (“不得滥用‘一票否决’”), as Chinese punctuation rules require. */
export function quoteCn(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** 《文件》九(六)：“原文” */
export function basisCn(b: Basis): string {
  const doc = b.document.startsWith('《') ? b.document : `《${b.document}》`;
  return `${doc}${b.section ? b.section : ''}：${quoteCn(b.quote)}`;
}

/** 《文件》九(六), without the quotation. */
export function basisRef(b: Basis): string {
  return `${b.document.startsWith('《') ? b.document : `《${b.document}》`}${b.section ?? ''}`;
}

/** "11月16日至22日" or "12月28日至1月3日": the week in a sentence. */
export function weekSpanCn(w: WeekRange): string {
  const a = local(w.start);
  const b = local(new Date(w.end.getTime() - 1));
  const end = a.getUTCMonth() === b.getUTCMonth() ? `${b.getUTCDate()}日` : `${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
  return `${a.getUTCMonth() + 1}月${a.getUTCDate()}日至${end}`;
}
