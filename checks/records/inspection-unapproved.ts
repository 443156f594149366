// inspection-unapproved (R01): a department's inspection of townships with no approval
// reference from the county party committee/government (一事一议报批).
// An empty string, "无", "待批", "—" count as no approval (./normalize-text.ts).
import { BASIS } from './basis.js';
import { makeFinding } from './make-finding.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'inspection-unapproved',
  rule: 'R01',
  register: 'inspections',
  title: '督查检查未经报批',
  description: '面向乡镇的督查检查没有县委县政府一事一议的批准文号。',
  basis: [BASIS.inspectionApproval, BASIS.noRepeatedInspection],
};

const base = { organizer: '县农业农村局', level: 'county', topic: '秸秆禁烧', townships: ['丹水镇'], date: '2026-11-10', requiresPreparation: false };

export const inspectionUnapproved: RecordCheck = {
  meta,
  run({ records }) {
    return records.inspections
      .filter((i) => i.approvalRef === null)
      .map((i) =>
        makeFinding(
          meta,
          i.id,
          `${i.organizer}于${i.date}对${i.townships.join('、')}开展「${i.topic}」督查检查，台账中没有县委县政府批准文号，未按一事一议原则报批`,
        ),
      );
  },
  examples: [
    {
      name: 'null, empty, blank and "无" approvals are missing; a real number is not',
      asOf: '2026-11-23',
      records: {
        inspections: [
          { ...base, id: 'null', approvalRef: null },
          { ...base, id: 'empty', approvalRef: '' },
          { ...base, id: 'blank', approvalRef: '   ' },
          { ...base, id: 'none-word', approvalRef: '无' },
          { ...base, id: 'pending', approvalRef: '待审批' },
          { ...base, id: 'dash', approvalRef: '—' },
          { ...base, id: 'approved', approvalRef: '西督〔2026〕12号' },
          { ...base, id: 'approved-short', approvalRef: '旗督字3号' },
        ],
      },
      flagged: ['null', 'empty', 'blank', 'none-word', 'pending', 'dash'],
    },
  ],
};
