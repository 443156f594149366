// secondment-new-recruit (R10): the cadre is borrowed within the minimum service period
// after recruitment (000: 新录用公务员在服务期限内不得…以借用…方式抽调至上级部门; 004 八(六),
// 003 六(三): 5年最低服务年限).
//
// Where the period ends: counted as 《民法典》第二百零一条、第二百零三条 count periods —
// the recruitment day itself is not counted, and the period ends at the end of the
// corresponding day five years on (29 Feb → 28 Feb). So a cadre hired 2021-11-23 is still
// within the period on 2026-11-23 and may first be borrowed on 2026-11-24. Judged on the
// secondment's start date; unknown hire date → not judged; minServiceYears 0 → off.
import { addYears, dayNumber } from '../dates.js';
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';
import type { IsoDate, RecordFinding } from '../types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-new-recruit',
  rule: 'R10',
  register: 'secondments',
  title: '借调服务期内的新录用人员',
  description: '被借调的干部仍在新录用人员最低服务年限内。',
  basis: [BASIS.newRecruitNoSecondment, BASIS.minServiceYears004, BASIS.minServiceYears003],
};

/** The last day of the minimum service period, or null when not judged. */
export function serviceEnds(hireDate: IsoDate | null, years: number): IsoDate | null {
  return hireDate === null || years <= 0 ? null : addYears(hireDate, years);
}

const base = { person: '王磊', township: '回车镇', borrowingUnit: '县财政局', end: '2026-12-15', returnedOn: null, approvalRef: '西组借〔2026〕11号' };

export const secondmentNewRecruit: RecordCheck = {
  meta,
  run({ records, settings }) {
    const years = settings.secondment.minServiceYears;
    const out: RecordFinding[] = [];
    for (const s of records.secondments) {
      const last = serviceEnds(s.hireDate, years);
      if (last === null || dayNumber(s.start) > dayNumber(last)) continue;
      out.push(
        makeFinding(
          meta,
          s.id,
          `${describeSecondment(s)}（${s.start}起），其${s.hireDate}入职，${years}年最低服务期至${last}届满，服务期内不得借调`,
        ),
      );
    }
    return out;
  },
  examples: [
    {
      name: '5 years to the day: the anniversary is still inside, the day after is not',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'anniversary', hireDate: '2021-11-23', start: '2026-11-23' },
          { ...base, id: 'day-after', hireDate: '2021-11-22', start: '2026-11-23' },
          { ...base, id: 'day-before', hireDate: '2021-11-24', start: '2026-11-23' },
          { ...base, id: 'recent', hireDate: '2024-09-01', start: '2026-11-01' },
          { ...base, id: 'veteran', hireDate: '2015-07-01', start: '2026-11-01' },
          { ...base, id: 'unknown', hireDate: null, start: '2026-11-01' },
        ],
      },
      flagged: ['anniversary', 'day-before', 'recent'],
    },
    {
      name: 'hired on 29 February: the period ends on 28 February five years on',
      asOf: '2029-03-01',
      records: {
        secondments: [
          { ...base, id: 'feb-28', hireDate: '2024-02-29', start: '2029-02-28', end: '2029-03-15' },
          { ...base, id: 'mar-01', hireDate: '2024-02-29', start: '2029-03-01', end: '2029-03-15' },
        ],
      },
      flagged: ['feb-28'],
    },
    {
      name: 'minServiceYears is a setting; 0 turns the check off',
      asOf: '2026-11-23',
      settings: { secondment: { minServiceYears: 0 } },
      records: { secondments: [{ ...base, id: 'new', hireDate: '2026-01-01', start: '2026-11-01' }] },
      flagged: [],
    },
  ],
};
