// inspection-preparation (R01): the request makes townships prepare materials, reports or
// escorts for the visit (迎检) — the opposite of the 四不两直 manner 004 九(一) requires.
import { BASIS } from './basis.js';
import { makeFinding } from './make-finding.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'inspection-preparation',
  rule: 'R01',
  register: 'inspections',
  title: '要求乡镇迎检准备',
  description: '督查检查要求乡镇准备汇报材料、展板或安排陪同等迎检工作。',
  basis: [BASIS.noRepeatedInspection],
};

const base = { organizer: '县卫健委', topic: '家庭医生签约', townships: ['回车镇'], date: '2026-11-05', approvalRef: '西督〔2026〕21号' };

export const inspectionPreparation: RecordCheck = {
  meta,
  run({ records }) {
    return records.inspections
      .filter((i) => i.requiresPreparation)
      .map((i) =>
        makeFinding(
          meta,
          i.id,
          `${i.organizer}于${i.date}对${i.townships.join('、')}开展「${i.topic}」督查检查，要求乡镇准备迎检材料或陪同，不符合“四不两直”方式`,
        ),
      );
  },
  examples: [
    {
      name: 'requiresPreparation true is flagged, false or absent is not',
      asOf: '2026-11-23',
      records: {
        inspections: [
          { ...base, id: 'yes', requiresPreparation: true },
          { ...base, id: 'no', requiresPreparation: false },
          { ...base, id: 'yes-word', requiresPreparation: '是' },
          { ...base, id: 'no-word', requiresPreparation: '否' },
        ],
      },
      flagged: ['yes', 'yes-word'],
    },
  ],
};
