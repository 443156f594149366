// secondment-unapproved (R10): no approval by the organisation / HR department at the
// borrowing unit's level (004 九(十) 应征得借调单位同级党委组织部门同意; 000 需经同级组织或
// 人力资源社会保障部门批准). Empty, "无", "待批" count as none. Flagged whether or not the
// cadre has returned: the register records a secondment made without approval.
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-unapproved',
  rule: 'R10',
  register: 'secondments',
  title: '借调未经组织部门批准',
  description: '借调乡镇干部没有借调单位同级组织（人社）部门的批准文号。',
  basis: [BASIS.noLongSecondment, BASIS.secondmentApprovalAndTerm],
};

const base = { person: '赵敏', township: '回车镇', hireDate: '2012-03-01', borrowingUnit: '县信访局', start: '2026-09-20', end: '2026-12-01', returnedOn: null };

export const secondmentUnapproved: RecordCheck = {
  meta,
  run({ records }) {
    return records.secondments
      .filter((s) => s.approvalRef === null)
      .map((s) => makeFinding(meta, s.id, `${describeSecondment(s)}（${s.start}起），台账中没有组织部门的批准文号，借调未经批准`));
  },
  examples: [
    {
      name: 'null, absent, empty string, whitespace and 无 are unapproved',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'null', approvalRef: null },
          { ...base, id: 'absent' },
          { ...base, id: 'empty', approvalRef: '' },
          { ...base, id: 'spaces', approvalRef: '  ' },
          { ...base, id: 'none-word', approvalRef: '无' },
          { ...base, id: 'ok', approvalRef: '西组借〔2026〕5号' },
          { ...base, id: 'ok-returned', approvalRef: '旗组字〔2026〕8号', returnedOn: '2026-10-01' },
        ],
      },
      flagged: ['null', 'absent', 'empty', 'spaces', 'none-word'],
    },
  ],
};
