// inspection-duplicate (R01): a later inspection shares a township and the topic with an
// earlier one, by any body (a county office re-doing what the city just did is the
// "层层配套迎检式督查" 004 九(一) forbids), at most duplicateWindowDays after it (0 days —
// the same day — included). The later one is flagged; on the same date, the one later in
// the register. Topics are compared by ./topic-key.ts, townships by placeKey.
//
// Not quadratic: group by (township, topic key), sort each group by date, and compare each
// inspection with the one just before it in its group — if any earlier inspection lies in
// the window, the nearest earlier one does.
import { dayNumber } from '../dates.js';
import { BASIS } from './basis.js';
import { makeFinding } from './make-finding.js';
import { placeKey } from './normalize-text.js';
import { topicKey } from './topic-key.js';
import type { InspectionRecord, RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'inspection-duplicate',
  rule: 'R01',
  register: 'inspections',
  title: '重复督查检查',
  description: '同一乡镇同一事项在时间窗口内被再次督查检查（不论实施单位），后一次被标记。',
  basis: [BASIS.noRepeatedInspection, BASIS.inspectionApproval],
};

interface Visit {
  index: number;
  day: number;
  township: string;
}

interface Repeat {
  township: string;
  earlier: InspectionRecord;
  days: number;
}

export function findDuplicateInspections(inspections: InspectionRecord[], windowDays: number): Map<number, Repeat[]> {
  const groups = new Map<string, Visit[]>();
  inspections.forEach((insp, index) => {
    const day = dayNumber(insp.date);
    const topic = topicKey(insp.topic);
    const seen = new Set<string>();
    for (const township of insp.townships) {
      const place = placeKey(township);
      if (seen.has(place)) continue;
      seen.add(place);
      const key = `${place}\u0000${topic}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ index, day, township });
    }
  });
  const repeats = new Map<number, Repeat[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.day - b.day || a.index - b.index);
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1]!;
      const cur = group[i]!;
      const days = cur.day - prev.day;
      if (days > windowDays) continue;
      let list = repeats.get(cur.index);
      if (!list) repeats.set(cur.index, (list = []));
      list.push({ township: cur.township, earlier: inspections[prev.index]!, days });
    }
  }
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
    const out = [];
    for (const [index, list] of [...repeats.entries()].sort((a, b) => a[0] - b[0])) {
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
