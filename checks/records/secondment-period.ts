// How long a secondment lasts and when the cadre is away, as day numbers. The rules:
//  - `end` is the last day of the secondment ("2026-05-01至2026-07-31": away on 07-31);
//  - `returnedOn` is the first day back at the township (not away that day); a return date
//    after asOf is a plan, and until then the cadre counts as still away;
//  - term = end − start (rules.md; "a term of exactly maxDays is not over"); while
//    open-ended, or past the end and not returned, term = asOf − start; a cadre who came
//    back late served returnedOn − start.
import { dayNumber } from '../dates.js';
import type { IsoDate } from '../types.js';
import type { SecondmentRecord } from './types.js';

export interface SecondmentTerm {
  /** end − start, when there is an end. */
  planned: number | null;
  /** Days actually away so far where that exceeds the plan (open-ended, overdue, late return). */
  actual: number | null;
  /** max(planned, actual): what is compared with maxDays. */
  term: number;
  /** Not returned and asOf is after the end date. */
  pastEnd: boolean;
  /** asOf − end when pastEnd. */
  daysPastEnd: number;
}

/** Whether the cadre is back by asOf (a return date after asOf is only a plan). */
export function isBack(s: SecondmentRecord, asOf: IsoDate): boolean {
  return s.returnedOn !== null && dayNumber(s.returnedOn) <= dayNumber(asOf);
}

export function secondmentTerm(s: SecondmentRecord, asOf: IsoDate): SecondmentTerm {
  const start = dayNumber(s.start);
  const today = dayNumber(asOf);
  const end = s.end === null ? null : dayNumber(s.end);
  const returned = isBack(s, asOf) ? dayNumber(s.returnedOn!) : null;
  const planned = end === null ? null : end - start;
  let actual: number | null = null;
  if (returned !== null) {
    if (end === null || returned - 1 > end) actual = returned - start;
  } else if (end === null || today > end) {
    actual = today - start;
  }
  const pastEnd = returned === null && end !== null && today > end;
  return {
    planned,
    actual,
    term: Math.max(planned ?? 0, actual ?? 0),
    pastEnd,
    daysPastEnd: pastEnd ? today - end! : 0,
  };
}

/**
 * Days the cadre is away, [first, last] inclusive, for counting who is seconded at the
 * same time. Open-ended and not returned: away indefinitely. Past the end and not
 * returned: away at least until asOf (the register shows them still out). Returned:
 * the day before returnedOn. An empty period (returned on the first day) gives last < first.
 */
export function awayPeriod(s: SecondmentRecord, asOf: IsoDate): { first: number; last: number } {
  const first = dayNumber(s.start);
  if (s.returnedOn !== null) return { first, last: dayNumber(s.returnedOn) - 1 };
  if (s.end === null) return { first, last: Number.POSITIVE_INFINITY };
  return { first, last: Math.max(dayNumber(s.end), dayNumber(asOf)) };
}
