// secondment-due-soon (alert, not a breach): not yet returned and the end date is 0 to
// alertDays days after asOf, both ends inclusive — so the township and the borrowing unit
// can plan the return (004 九(十) 借调期满的返回乡镇工作).
import { daysBetween } from '../dates.js';
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import { isBack } from './secondment-period.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';
import type { RecordFinding } from '../types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-due-soon',
  rule: null,
  register: 'secondments',
  title: '借调即将到期',
  description: '借调将在提醒天数内到期，提醒乡镇和借调单位按期返回。',
  basis: [BASIS.noLongSecondment],
};

const base = { person: '周强', township: '太平镇', hireDate: '2013-05-01', borrowingUnit: '县教体局', start: '2026-10-10', returnedOn: null, approvalRef: '西组借〔2026〕10号' };

export const secondmentDueSoon: RecordCheck = {
  meta,
  run({ records, settings, asOf }) {
    const horizon = settings.secondment.alertDays;
    const out: RecordFinding[] = [];
    for (const s of records.secondments) {
      if (s.end === null || isBack(s, asOf)) continue;
      const left = daysBetween(asOf, s.end);
      if (left < 0 || left > horizon) continue;
      const when = left === 0 ? '今天到期' : `还有${left}天到期`;
      out.push(makeFinding(meta, s.id, `${describeSecondment(s)}，将于${s.end}到期（${when}），请按期安排返回乡镇工作`));
    }
    return out;
  },
  examples: [
    {
      name: 'inclusive window 0..14 days; yesterday, 15 days, returned and open-ended are not due soon',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'today', end: '2026-11-23' },
          { ...base, id: 'in-14', end: '2026-12-07' },
          { ...base, id: 'in-12', end: '2026-12-05' },
          { ...base, id: 'in-15', end: '2026-12-08' },
          { ...base, id: 'yesterday', end: '2026-11-22' },
          { ...base, id: 'returned', end: '2026-11-30', returnedOn: '2026-11-20' },
          { ...base, id: 'return-planned', end: '2026-11-30', returnedOn: '2026-12-01' },
          { ...base, id: 'open', end: null },
        ],
      },
      flagged: ['today', 'in-14', 'in-12', 'return-planned'],
    },
    {
      name: 'alertDays 0 alerts on the last day only',
      asOf: '2026-11-23',
      settings: { secondment: { alertDays: 0 } },
      records: { secondments: [{ ...base, id: 'today', end: '2026-11-23' }, { ...base, id: 'tomorrow', end: '2026-11-24' }] },
      flagged: ['today'],
    },
  ],
};
