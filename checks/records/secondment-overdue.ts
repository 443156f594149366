// secondment-overdue (R10): still away past the end date, or a term longer than maxDays
// (term = end − start; open-ended or past the end and not returned: asOf − start; a late
// return: returnedOn − start). A term of exactly maxDays is not over. See
// ./secondment-period.ts for the day arithmetic.
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import { isBack, secondmentTerm } from './secondment-period.js';
import type { RecordCheck, RecordCheckMeta, SecondmentRecord } from './types.js';
import type { IsoDate, RecordFinding } from '../types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-overdue',
  rule: 'R10',
  register: 'secondments',
  title: '借调超期',
  description: '借调期满仍未返回乡镇，或借调期限超过规定的最长天数。',
  basis: [BASIS.noLongSecondment, BASIS.secondmentApprovalAndTerm],
};

/** Why a secondment is overdue, in Chinese, or null when it is not. */
export function overdueReason(s: SecondmentRecord, asOf: IsoDate, maxDays: number): string | null {
  const t = secondmentTerm(s, asOf);
  if (t.pastEnd) return `已于${s.end}到期仍未返回，超期${t.daysPastEnd}天`;
  if (t.term <= maxDays) return null;
  if (t.planned !== null && t.planned > maxDays) return `借调期${s.start}至${s.end}共${t.planned}天，超过最长${maxDays}天`;
  if (isBack(s, asOf)) return `${s.start}起借调，${s.returnedOn}才返回，实际借调${t.actual}天，超过最长${maxDays}天`;
  return `自${s.start}起借调且无结束日期，至${asOf}已借调${t.actual}天，超过最长${maxDays}天`;
}

const base = { person: '杨帆', township: '太平镇', hireDate: '2014-05-01', borrowingUnit: '县纪委监委', approvalRef: '西组借〔2026〕8号', returnedOn: null };

export const secondmentOverdue: RecordCheck = {
  meta,
  run({ records, settings, asOf }) {
    const max = settings.secondment.maxDays;
    const out: RecordFinding[] = [];
    for (const s of records.secondments) {
      const reason = overdueReason(s, asOf, max);
      if (reason) out.push(makeFinding(meta, s.id, `${describeSecondment(s)}，${reason}`));
    }
    return out;
  },
  examples: [
    {
      name: 'term of exactly maxDays is not over; one day more is',
      asOf: '2026-06-01',
      records: {
        secondments: [
          { ...base, id: 'exact-90', start: '2026-05-01', end: '2026-07-30' },
          { ...base, id: 'term-91', start: '2026-05-01', end: '2026-07-31' },
          { ...base, id: 'exact-90-returned', start: '2026-01-01', end: '2026-04-01', returnedOn: '2026-04-01' },
        ],
      },
      settings: { secondment: { maxDays: 90 } },
      flagged: ['term-91'],
    },
    {
      name: 'past the end and not returned is overdue from the day after the end; returned is not',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'ends-today', start: '2026-10-01', end: '2026-11-23' },
          { ...base, id: 'ended-yesterday', start: '2026-10-01', end: '2026-11-22' },
          { ...base, id: 'returned', start: '2026-10-01', end: '2026-11-22', returnedOn: '2026-11-22' },
          { ...base, id: 'returned-late-short', start: '2026-10-01', end: '2026-10-31', returnedOn: '2026-11-10' },
          { ...base, id: 'return-date-ahead', start: '2026-10-01', end: '2026-11-10', returnedOn: '2026-11-30' },
        ],
      },
      flagged: ['ended-yesterday', 'return-date-ahead'],
    },
    {
      name: 'open-ended counts asOf − start; a late return counts the days actually away',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'open-53', start: '2026-10-01', end: null },
          { ...base, id: 'open-91', start: '2026-08-24', end: null },
          { ...base, id: 'open-90', start: '2026-08-25', end: null },
          { ...base, id: 'late-return-long', start: '2026-01-01', end: '2026-02-01', returnedOn: '2026-06-01' },
        ],
      },
      flagged: ['open-91', 'late-return-long'],
    },
    {
      name: 'maxDays 180 (the 004 "long-term" line) as a setting',
      asOf: '2026-11-23',
      settings: { secondment: { maxDays: 180 } },
      records: {
        secondments: [
          { ...base, id: 'term-151', start: '2026-08-01', end: '2026-12-30' },
          { ...base, id: 'term-181', start: '2026-07-01', end: '2026-12-29' },
        ],
      },
      flagged: ['term-181'],
    },
  ],
};
