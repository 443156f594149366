// Issue 4 speed target: a register of 100k secondments and 100k inspections audited in
// under 2 s, with duplicate and quota checks that are not quadratic. Baselines in the same
// run: a loop that only reads every record's dates (the floor), and a naive pairwise
// duplicate check timed on a 5k sample and extrapolated to 100k (n² growth).
import { dayNumber, fromDayNumber } from '../checks/dates.js';
import { auditRecords } from '../checks/records/audit-records.js';
import { findDuplicateInspections } from '../checks/records/inspection-duplicate.js';
import { placeKey } from '../checks/records/normalize-text.js';
import { topicKey } from '../checks/records/topic-key.js';
import type { InspectionRecord } from '../checks/records/types.js';
import { validateRecordSet } from '../checks/records/validate-records.js';
import { DEFAULT_RULE_SETTINGS } from '../checks/settings.js';
import { rng } from './rng.js';

const N = 100_000;
const AS_OF = '2026-11-23';

const TOPICS = ['人居环境整治', '秸秆禁烧', '低保核查', '森林防火', '安全生产', '大气污染防治', '控辍保学', '家庭医生签约', '河长制', '危房改造'];
const UNITS = ['县委办', '县政府办', '县发改委', '县财政局', '县信访局', '县教体局', '县纪委监委', '县委组织部', '县自然资源局', '县住建局'];

/**
 * A register at national scale (China has some 38,000 townships): 20,000 townships, two years of inspections and secondments,
 * with breaches at plausible rates (about 10% unapproved inspections, a few per cent of
 * unapproved, open-ended, overdue and new-recruit secondments, and real overlaps).
 */
export function generateRegisters(n: number, seed = 42): { inspections: Record<string, unknown>[]; secondments: Record<string, unknown>[] } {
  const r = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const base = dayNumber('2025-01-01');
  const today = dayNumber(AS_OF);
  const towns = Array.from({ length: 20_000 }, (_, i) => `第${i}镇`);
  const topics = TOPICS.flatMap((t) => Array.from({ length: 10 }, (_, k) => `${t}${k}`));
  const inspections = Array.from({ length: n }, (_, i) => ({
    id: `I-${i}`,
    organizer: pick(UNITS),
    level: 'county',
    topic: `${pick(topics)}${r() < 0.3 ? '专项督查' : ''}`,
    townships: r() < 0.1 ? [pick(towns), pick(towns)] : [pick(towns)],
    date: fromDayNumber(base + Math.floor(r() * 700)),
    approvalRef: r() < 0.1 ? null : `督〔2026〕${i}号`,
    requiresPreparation: r() < 0.05,
  }));
  const secondments = Array.from({ length: n }, (_, i) => {
    const start = base + Math.floor(r() * 700);
    const end = r() < 0.03 ? null : start + 30 + Math.floor(r() * (r() < 0.9 ? 60 : 150));
    const returned = end !== null && end < today && r() < 0.97 ? end + 1 - Math.floor(r() * 5) : null;
    return {
      id: `S-${i}`,
      person: `干部${i}`,
      township: pick(towns),
      hireDate: fromDayNumber(start - 365 * (r() < 0.05 ? 2 : 6 + Math.floor(r() * 15))),
      borrowingUnit: pick(UNITS),
      start: fromDayNumber(start),
      end: end === null ? null : fromDayNumber(end),
      returnedOn: returned === null ? null : fromDayNumber(Math.max(returned, start + 1)),
      approvalRef: r() < 0.03 ? '' : `组借〔2026〕${i}号`,
    };
  });
  return { inspections, secondments };
}

/** The obvious way: compare every pair of inspections. */
function naiveDuplicates(list: InspectionRecord[], windowDays: number): number {
  let found = 0;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    for (let j = 0; j < list.length; j++) {
      if (i === j) continue;
      const b = list[j]!;
      const days = dayNumber(a.date) - dayNumber(b.date);
      if (days < 0 || days > windowDays || (days === 0 && j > i)) continue;
      if (topicKey(a.topic) !== topicKey(b.topic)) continue;
      if (a.townships.some((t) => b.townships.some((u) => placeKey(t) === placeKey(u)))) {
        found++;
        break;
      }
    }
  }
  return found;
}

/** Wall time, and CPU time of the whole process (all threads, GC included): on a shared
 *  machine the wall clock also counts other processes, the CPU time does not. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const used = process.cpuUsage(c);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, value };
}

export default async function benchAudit(): Promise<void> {
  const raw = generateRegisters(N);
  const doc = { asOf: AS_OF, ...raw, vetoItems: [] };

  // Warm-up on a small register so the JIT has seen every path.
  auditRecords({ asOf: AS_OF, ...generateRegisters(2000, 7) }, { today: AS_OF });

  const floor = time(() => {
    let sink = 0;
    for (const s of raw.secondments) sink += (s.start as string).charCodeAt(9) + String(s.end ?? '').length;
    for (const i of raw.inspections) sink += (i.date as string).charCodeAt(9) + (i.topic as string).length;
    return sink;
  });
  (globalThis as { gc?: () => void }).gc?.();
  const full = time(() => auditRecords(doc, { today: AS_OF }));
  const { records } = validateRecordSet(raw);
  const window = DEFAULT_RULE_SETTINGS.inspection.duplicateWindowDays;
  const sweep = time(() => findDuplicateInspections(records.inspections, window).size);

  const SAMPLE = 5000;
  const sample = records.inspections.slice(0, SAMPLE);
  const naive = time(() => naiveDuplicates(sample, window));
  const sweepSample = time(() => findDuplicateInspections(sample, window).size);
  const naiveAt100k = naive.ms * (N / SAMPLE) ** 2;

  const byCheck = new Map<string, number>();
  for (const f of full.value.findings) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  const rss = process.resourceUsage().maxRSS / 1024;

  console.log(`audit: ${N} secondments + ${N} inspections (20,000 townships), ${full.value.findings.length} findings, ${full.value.errors.length} errors`);
  console.log(`  ${[...byCheck].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  console.log(`  floor (read every record)        ${floor.ms.toFixed(0).padStart(8)} ms`);
  console.log(
    `  full audit (validate + 10 checks) ${full.ms.toFixed(0).padStart(7)} ms   (CPU ${full.cpuMs.toFixed(0)} ms)   target < 2000 ms; ${(full.ms / floor.ms).toFixed(0)}x floor`,
  );
  console.log(`  duplicate check, sweep, 100k     ${sweep.ms.toFixed(0).padStart(8)} ms   (${sweep.value} repeats)`);
  console.log(
    `  duplicate check on ${SAMPLE}: sweep ${sweepSample.ms.toFixed(1)} ms (${sweepSample.value}), naive pairwise ${naive.ms.toFixed(0)} ms (${naive.value}); naive extrapolated to 100k ≈ ${(naiveAt100k / 1000).toFixed(0)} s = ${(naiveAt100k / sweep.ms).toFixed(0)}x the sweep`,
  );
  console.log(`  peak RSS ${rss.toFixed(0)} MB`);
}
