// secondment-quota (R10): more than maxPerTownship cadres of one township away at the same
// time (000: 同一时期同一苏木乡镇或街道被上级部门借调干部不超过2名). The secondment that pushes
// the count over the limit is flagged (the later start; on the same start day, the later
// in the register), and it counts for those after it. Periods that do not overlap never
// count together: a returned cadre is away until the day before returnedOn (see
// ./secondment-period.ts).
//
// Not quadratic: per township, a sweep over secondments sorted by start, with a min-heap
// of the last away-days of those still out.
import { BASIS } from './basis.js';
import { describeSecondment, makeFinding } from './make-finding.js';
import { MinHeap } from './min-heap.js';
import { placeKey } from './normalize-text.js';
import { awayPeriod } from './secondment-period.js';
import type { RecordCheck, RecordCheckMeta, SecondmentRecord } from './types.js';
import type { IsoDate, RecordFinding } from '../types.js';

const meta: RecordCheckMeta = {
  id: 'secondment-quota',
  rule: 'R10',
  register: 'secondments',
  title: '同一乡镇同时借调超过限额',
  description: '同一乡镇同一时期被借调的干部超过规定人数，使人数超限的那一条被标记。',
  basis: [BASIS.secondmentQuota, BASIS.noLongSecondment],
};

export interface QuotaBreach {
  /** How many others were away when this one started. */
  away: number;
  /** Up to five of them (register indices, in register order), for the message. */
  examples: number[];
}

/** Index of each secondment that pushes its township over the limit → who was away then. */
export function findQuotaBreaches(secondments: SecondmentRecord[], limit: number, asOf: IsoDate): Map<number, QuotaBreach> {
  // Periods in flat arrays and groups as index lists: 100k registers allocate little.
  const first = new Float64Array(secondments.length);
  const last = new Float64Array(secondments.length);
  const byTownship = new Map<string, number[]>();
  for (let index = 0; index < secondments.length; index++) {
    const s = secondments[index]!;
    const p = awayPeriod(s, asOf);
    if (p.last < p.first) continue; // returned on the first day: never away
    first[index] = p.first;
    last[index] = p.last;
    const key = placeKey(s.township);
    const list = byTownship.get(key);
    if (list) list.push(index);
    else byTownship.set(key, [index]);
  }
  const breaches = new Map<number, QuotaBreach>();
  for (const list of byTownship.values()) {
    if (list.length <= limit) continue;
    list.sort((a, b) => first[a]! - first[b]! || a - b);
    const away = new MinHeap<number>();
    for (const index of list) {
      while (away.size > 0 && away.peekKey()! < first[index]!) away.pop();
      if (away.size >= limit) {
        const examples = away.values().sort((a, b) => a - b).slice(0, 5);
        breaches.set(index, { away: away.size, examples });
      }
      away.push(last[index]!, index);
    }
  }
  return breaches;
}

const base = { township: '太平镇', hireDate: '2010-05-01', approvalRef: '西组借〔2026〕8号', returnedOn: null };

export const secondmentQuota: RecordCheck = {
  meta,
  run({ records, settings, asOf }) {
    const limit = settings.secondment.maxPerTownship;
    const breaches = findQuotaBreaches(records.secondments, limit, asOf);
    const out: RecordFinding[] = [];
    if (breaches.size === 0) return out;
    for (let index = 0; index < records.secondments.length; index++) {
      const breach = breaches.get(index);
      if (!breach) continue;
      const s = records.secondments[index]!;
      const names = breach.examples.map((i) => `${records.secondments[i]!.person}（${records.secondments[i]!.id}）`).join('、');
      const more = breach.away > breach.examples.length ? `等${breach.away}人` : '';
      out.push(
        makeFinding(
          meta,
          s.id,
          `${describeSecondment(s)}（${s.start}起）时，${s.township}已有${names}${more}在借调中，同时借调${breach.away + 1}名，超过每个乡镇最多${limit}名的规定`,
        ),
      );
    }
    return out;
  },
  examples: [
    {
      name: 'third overlapping secondment is flagged, the first two are not',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'a', person: '杨帆', borrowingUnit: '县纪委监委', start: '2026-08-01', end: '2026-12-30' },
          { ...base, id: 'b', person: '周强', borrowingUnit: '县教体局', start: '2026-10-10', end: '2026-12-05' },
          { ...base, id: 'c', person: '吴迪', borrowingUnit: '县委组织部', start: '2026-11-01', end: '2026-12-20' },
          { ...base, id: 'd', person: '郑一', borrowingUnit: '县财政局', start: '2026-11-02', end: '2026-12-20' },
        ],
      },
      flagged: ['c', 'd'],
    },
    {
      name: 'non-overlapping periods do not count; the end day is still away, the return day is not',
      asOf: '2026-11-23',
      records: {
        secondments: [
          { ...base, id: 'jan', person: '甲', borrowingUnit: '县委办', start: '2026-01-01', end: '2026-03-31', returnedOn: '2026-04-01' },
          { ...base, id: 'feb', person: '乙', borrowingUnit: '县政府办', start: '2026-02-01', end: '2026-04-30', returnedOn: '2026-05-01' },
          { ...base, id: 'apr', person: '丙', borrowingUnit: '县财政局', start: '2026-04-01', end: '2026-05-31', returnedOn: '2026-06-01' },
          { ...base, id: 'ret', person: '丁', borrowingUnit: '县委办', start: '2026-06-01', end: '2026-08-31', returnedOn: '2026-07-15' },
          { ...base, id: 'jul', person: '戊', borrowingUnit: '县政府办', start: '2026-07-01', end: '2026-09-30', returnedOn: '2026-10-01' },
          { ...base, id: 'swap', person: '己', borrowingUnit: '县财政局', start: '2026-07-15', end: '2026-09-30', returnedOn: '2026-10-01' },
        ],
      },
      flagged: [],
    },
    {
      name: 'end day overlaps (inclusive end); other townships are counted apart',
      asOf: '2026-03-31',
      records: {
        secondments: [
          { ...base, id: 'x1', person: '甲', borrowingUnit: '县委办', start: '2026-01-01', end: '2026-03-31' },
          { ...base, id: 'x2', person: '乙', borrowingUnit: '县政府办', start: '2026-02-01', end: '2026-04-30' },
          { ...base, id: 'x3', person: '丙', borrowingUnit: '县财政局', start: '2026-03-31', end: '2026-05-31' },
          { ...base, id: 'y1', township: '丹水镇', person: '丁', borrowingUnit: '县财政局', start: '2026-03-01', end: '2026-05-31' },
        ],
      },
      flagged: ['x3'],
    },
    {
      name: 'an overdue cadre still away counts; open-ended counts indefinitely; limit is a setting',
      asOf: '2026-11-23',
      settings: { secondment: { maxPerTownship: 1 } },
      records: {
        secondments: [
          { ...base, id: 'overdue', township: '巴彦嘎查苏木', person: '甲', borrowingUnit: '旗委办', start: '2026-05-01', end: '2026-07-31' },
          { ...base, id: 'later', township: '巴彦嘎查苏木', person: '乙', borrowingUnit: '旗政府办', start: '2026-11-01', end: '2026-12-31' },
          { ...base, id: 'open', township: '城南街道', person: '丙', borrowingUnit: '区委办', start: '2026-01-01', end: null },
          { ...base, id: 'next-year', township: '城南街道', person: '丁', borrowingUnit: '区财政局', start: '2027-03-01', end: '2027-04-30' },
        ],
      },
      flagged: ['later', 'next-year'],
    },
  ],
};
