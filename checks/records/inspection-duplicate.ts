// inspection-duplicate (R01): a later inspection shares a township and the topic with an
// earlier one, by any body (a county office re-doing what the city just did is the
// "层层配套迎检式督查" 004 九(一) forbids), at most duplicateWindowDays after it (0 days —
// the same day — included). The later one is flagged; on the same date, the one later in
// the register. Topics are compared by ./topic-key.ts, townships by placeKey.
//
// An inspection of "各乡镇"/"全旗" covers every township: it meets each township's visits.
//
// Not quadratic: group by topic key and township, sort each group by date, and compare
// each inspection with the one just before it in its group — if any earlier inspection
// lies in the window, the nearest earlier one does. (All-township inspections join every
// group of their topic: O(n + places × all-township inspections).)
import { dayNumber } from '../dates.js';
import { BASIS } from './basis.js';
import { makeFinding } from './make-finding.js';
import { isAllPlaces, placeKey } from './normalize-text.js';
import { topicKey } from './topic-key.js';
import type { InspectionRecord, RecordCheck, RecordCheckMeta } from './types.js';
import type { RecordFinding } from '../types.js';

const meta: RecordCheckMeta = {
  id: 'inspection-duplicate',
  rule: 'R01',
  register: 'inspections',
  title: '重复督查检查',
  description: '同一乡镇同一事项在时间窗口内被再次督查检查（不论实施单位），后一次被标记。',
  basis: [BASIS.noRepeatedInspection, BASIS.inspectionApproval],
};

interface Repeat {
  township: string;
  earlier: InspectionRecord;
  days: number;
}

/** Visits are encoded as numbers, index * 2 + (1 when it is an all-township visit), with
 *  the township as written kept per (index, place) only where a repeat needs naming. */
interface TopicVisits {
  /** place key → inspection indices that visited it */
  byPlace: Map<string, number[]>;
  /** Inspections of every township ("各乡镇"): they meet every place's visits. */
  all: number[];
}

export function findDuplicateInspections(inspections: InspectionRecord[], windowDays: number): Map<number, Repeat[]> {
  const days = new Int32Array(inspections.length);
  const topics = new Map<string, TopicVisits>();
  for (let index = 0; index < inspections.length; index++) {
    const insp = inspections[index]!;
    days[index] = dayNumber(insp.date);
    const key = topicKey(insp.topic);
    let topic = topics.get(key);
    if (!topic) topics.set(key, (topic = { byPlace: new Map(), all: [] }));
    let sawAll = false;
    for (const township of insp.townships) {
      if (isAllPlaces(township)) {
        if (!sawAll) topic.all.push(index);
        sawAll = true;
        continue;
      }
      const place = placeKey(township);
      const group = topic.byPlace.get(place);
      if (!group) topic.byPlace.set(place, [index]);
      else if (group[group.length - 1] !== index) group.push(index);
    }
  }

  const byDate = (a: number, b: number): number => days[a]! - days[b]! || a - b;
  const found = new Map<number, Map<number, Repeat>>();
  const isAll = (index: number, allSet: Set<number> | null): boolean => allSet !== null && allSet.has(index);
  const nameIn = (index: number, place: string | null): string => {
    const towns = inspections[index]!.townships;
    return (place === null ? undefined : towns.find((t) => placeKey(t) === place)) ?? towns.find(isAllPlaces) ?? towns[0]!;
  };
  const compare = (sequence: number[], place: string | null, allSet: Set<number> | null): void => {
    for (let i = 1; i < sequence.length; i++) {
      const prev = sequence[i - 1]!;
      const cur = sequence[i]!;
      const gap = days[cur]! - days[prev]!;
      if (gap > windowDays || prev === cur) continue;
      let list = found.get(cur);
      if (!list) found.set(cur, (list = new Map()));
      if (!list.has(prev)) {
        // Name the township the two share: the specific one when either visit names it.
        const township = isAll(cur, allSet) ? nameIn(prev, place) : nameIn(cur, place);
        list.set(prev, { township, earlier: inspections[prev]!, days: gap });
      }
    }
  };
  for (const topic of topics.values()) {
    const allSet = topic.all.length > 0 ? new Set(topic.all) : null;
    topic.all.sort(byDate);
    if (topic.byPlace.size === 0) compare(topic.all, null, allSet);
    for (const [place, group] of topic.byPlace) {
      if (group.length + topic.all.length < 2) continue;
      compare(topic.all.length === 0 ? group.sort(byDate) : [...group, ...topic.all].sort(byDate), place, allSet);
    }
  }
  const repeats = new Map<number, Repeat[]>();
  for (const [index, list] of found) repeats.set(index, [...list.values()]);
  return repeats;
}

function describeRepeats(repeats: Repeat[]): string {
  return repeats
    .map((r) => `${r.township}已于${r.earlier.date}由${r.earlier.organizer}督查过同一事项（${r.earlier.id}「${r.earlier.topic}」，相隔${r.days}天）`)
    .join('；');
}

const base = { organizer: '县住建局', approvalRef: '西督〔2026〕19号', requiresPreparation: false };

export const inspectionDuplicate: RecordCheck = {
  meta,
  run({ records, settings }) {
    const window = settings.inspection.duplicateWindowDays;
    const repeats = findDuplicateInspections(records.inspections, window);
    const out: RecordFinding[] = [];
    if (repeats.size === 0) return out;
    for (let index = 0; index < records.inspections.length; index++) {
      const list = repeats.get(index);
      if (!list) continue;
      const insp = records.inspections[index]!;
      out.push(
        makeFinding(
          meta,
          insp.id,
          `${insp.organizer}于${insp.date}督查「${insp.topic}」，与${window}天内已开展的督查检查重复：${describeRepeats(list)}`,
        ),
      );
    }
    return out;
  },
  examples: [
    {
      name: 'window boundary: exactly 90 days is a repeat, 91 is not; the later one is flagged',
      asOf: '2026-12-31',
      records: {
        inspections: [
          { ...base, id: 'a', topic: '低保核查', townships: ['太平镇'], date: '2026-03-01' },
          { ...base, id: 'a+90', topic: '低保核查', townships: ['太平镇'], date: '2026-05-30' },
          { ...base, id: 'b', topic: '防汛', townships: ['丹水镇'], date: '2026-03-01' },
          { ...base, id: 'b+91', topic: '防汛', townships: ['丹水镇'], date: '2026-05-31' },
        ],
      },
      flagged: ['a+90'],
    },
    {
      name: 'any body, any level; same day counts; different township or topic does not',
      asOf: '2026-12-31',
      records: {
        inspections: [
          { ...base, id: 'city', organizer: '市生态环境局', level: 'municipal', topic: '大气污染防治', townships: ['双龙镇'], date: '2026-10-08' },
          { ...base, id: 'county', organizer: '县生态环境分局', topic: '大气污染防治', townships: ['双龙镇'], date: '2026-10-15' },
          { ...base, id: 'other-town', topic: '大气污染防治', townships: ['丹水镇'], date: '2026-10-16' },
          { ...base, id: 'other-topic', topic: '森林防火', townships: ['双龙镇'], date: '2026-10-16' },
          { ...base, id: 'same-day-1', topic: '森林防火', townships: ['回车镇'], date: '2026-10-20' },
          { ...base, id: 'same-day-2', topic: '森林防火', townships: ['回车镇'], date: '2026-10-20' },
        ],
      },
      flagged: ['county', 'same-day-2'],
    },
    {
      name: 'topic wording differs (农村…工作, 专项督查, 第二轮, full-width), township listed with others',
      asOf: '2026-12-31',
      records: {
        inspections: [
          { ...base, id: 'first', topic: '人居环境整治', townships: ['丹水镇'], date: '2026-09-02' },
          { ...base, id: 'again', topic: '农村人居环境整治工作（第二轮）', townships: ['回车镇', '丹水镇'], date: '2026-10-20' },
          { ...base, id: 'syn-1', topic: '最低生活保障核查', townships: ['阿拉坦苏木'], date: '2026-06-01' },
          { ...base, id: 'syn-2', topic: '2026年城乡低保专项检查', townships: ['阿拉坦苏木'], date: '2026-07-01' },
          { ...base, id: 'fw-1', topic: 'ＡＢＣ项目验收', townships: ['城南街道'], date: '2026-06-01' },
          { ...base, id: 'fw-2', topic: 'abc项目', townships: ['城南街道办事处'], date: '2026-06-05' },
        ],
      },
      flagged: ['again', 'syn-2', 'fw-2'],
    },
    {
      name: 'an inspection of all townships (各乡镇, 全旗各苏木镇) meets every township',
      asOf: '2026-12-31',
      records: {
        inspections: [
          { ...base, id: 'all', topic: '低保核查', townships: ['全旗各苏木镇'], date: '2026-11-01' },
          { ...base, id: 'one', topic: '低保核查', townships: ['巴彦镇'], date: '2026-11-15' },
          { ...base, id: 'one-earlier', topic: '防汛', townships: ['巴彦镇'], date: '2026-06-01' },
          { ...base, id: 'all-later', topic: '防汛', townships: ['各乡镇'], date: '2026-06-20' },
          { ...base, id: 'all-again', topic: '防汛', townships: ['各乡镇'], date: '2026-07-20' },
          { ...base, id: 'other-topic', topic: '森林防火', townships: ['巴彦镇'], date: '2026-11-16' },
        ],
      },
      flagged: ['one', 'all-later', 'all-again'],
    },
    {
      name: 'not merged: related but different subjects',
      asOf: '2026-12-31',
      records: {
        inspections: [
          { ...base, id: 'x1', topic: '秸秆禁烧', townships: ['田关镇'], date: '2026-10-01' },
          { ...base, id: 'x2', topic: '秸秆综合利用', townships: ['田关镇'], date: '2026-10-05' },
          { ...base, id: 'x3', topic: '安全生产', townships: ['田关镇'], date: '2026-10-06' },
          { ...base, id: 'x4', topic: '食品安全', townships: ['田关镇'], date: '2026-10-07' },
        ],
      },
      flagged: [],
    },
  ],
};
