// secondment-no-term (R10): no end date. 004 九(十) requires 明确借调时间; a register cell
// with "待定", "长期", "直至工作结束" is no end date either (./field-values.ts).
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-no-term',
  rule: 'R10',
  register: 'secondments',
  title: '借调未明确期限',
  description: '借调没有明确的结束日期。',
  basis: [BASIS.noLongSecondment, BASIS.secondmentApprovalAndTerm],
};

const base = { person: '李娜', township: '丹水镇', hireDate: '2018-08-01', borrowingUnit: '县委办', start: '2026-10-01', returnedOn: null, approvalRef: '西组借〔2026〕9号' };

export const secondmentNoTerm: RecordCheck = {
  meta,
  run({ records }) {
    return records.secondments
      .filter((s) => s.end === null)
      .map((s) => makeFinding(meta, s.id, `${describeSecondment(s)}，自${s.start}起借调但没有明确结束日期`));
  },
  examples: [
    {
      name: 'null, absent, empty and open-ended words have no term; a date has one',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'null', end: null },
          { ...base, id: 'absent' },
          { ...base, id: 'empty', end: '' },
          { ...base, id: 'tbd', end: '待定' },
          { ...base, id: 'until-done', end: '直至工作结束' },
          { ...base, id: 'dated', end: '2026-12-15' },
        ],
      },
      flagged: ['null', 'absent', 'empty', 'tbd', 'until-done'],
    },
  ],
};
