// Storage benchmark (issue 3). Ingest: 100k chat messages, 10% with findings, stored in
// batches, on PGlite and on PostgreSQL — against a baseline in the same run, the same
// function called one message at a time. Targets: ≥ 20k msgs/s on PostgreSQL, ≥ 5k on
// PGlite. Query: the weekly aggregate (rule × department × township) over 1M findings
// spread over a year on PostgreSQL, target < 200 ms, against the same query with index
// scans disabled. PostgreSQL is DATABASE_URL, else the local server if it answers; all
// work happens in a private schema that is dropped at the end.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { MessageFinding, RuleCode } from '../checks/types.js';
import type { Database } from '../storage/database.js';
import { openPglite, openPostgres } from '../storage/open-database.js';
import { ingestMessages, type IngestItem } from '../storage/repositories/messages.js';
import { countFindingsByRuleDepartmentTownship } from '../storage/repositories/weekly-aggregate.js';
import { ensurePgliteTemplate } from '../tests/support/db.js';
import { rng } from './rng.js';

const MESSAGES = 100_000;
const BATCH = 2000;
const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/test';
const KEY = randomBytes(32);

const TOWNSHIPS = ['丹水镇', '田关镇', '回车镇', '双龙镇', '太平镇', '西坪镇', '丁河镇', '米坪镇', '五里桥镇', '军马河镇', '二郎坪镇', '寨根乡'];
const DEPARTMENTS = ['县农业农村局', '县住建局', '县卫健委', '县民政局', '县教体局', '县生态环境分局', '县应急管理局', '县委组织部', '县委办', '县政府办'];
const RULES: RuleCode[] = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10'];

function generate(n: number, prefix: string): IngestItem[] {
  const r = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const start = Date.parse('2026-11-16T00:00:00+08:00');
  return Array.from({ length: n }, (_, i) => {
    const burden = i % 10 === 0;
    const text = burden ? '请各村每天早上8点前在群里打卡并上传工作照片截图，未按时上报的将通报排名' : `关于第${i}期工作的通知，请相关同志知悉`;
    const findings: MessageFinding[] = burden
      ? [
          { rule: 'R06', check: 'R06/check-in', span: [13, 15], excerpt: '打卡', basis: [{ source: '004', document: '《方案》', section: '九(六)', quote: '不得滥用各类软件' }] },
          ...(r() < 0.5 ? [{ rule: 'R02' as const, check: 'R02/ranking', span: [31, 35] as [number, number], excerpt: '通报排名', basis: [] }] : []),
        ]
      : [];
    return {
      message: {
        platform: 'slack',
        channelId: `${prefix}-${pick(TOWNSHIPS)}`,
        messageId: `${prefix}-${i}`,
        senderId: `U${Math.floor(r() * 500)}`,
        text,
        sentAt: new Date(start + i * 1000),
      },
      findings,
      township: pick(TOWNSHIPS),
      department: pick(DEPARTMENTS),
    };
  });
}

const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await run();
  return [result, (performance.now() - t0) / 1000];
}

async function ingestAll(database: Database, items: IngestItem[], writers: number): Promise<number> {
  let next = 0;
  const [, seconds] = await timed(() =>
    Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < items.length) {
          const start = next;
          next += BATCH;
          await ingestMessages(database.db, { items: items.slice(start, start + BATCH), pseudonymKey: KEY });
        }
      }),
    ),
  );
  return items.length / seconds;
}

/** `writers` > 1: batches in flight at once, as several pipeline instances (or one with
 *  parallel writers) would send them; the connection pool spreads them over the server. */
async function benchIngest(label: string, database: Database, target: number, baselineCount: number, writerCounts: number[]): Promise<void> {
  const single = generate(baselineCount, `${label}-s`);
  // Warm-up (statement caches, JIT) outside the timings.
  await ingestMessages(database.db, { items: generate(2000, `${label}-w`), pseudonymKey: KEY });

  const [, baseSeconds] = await timed(async () => {
    for (const item of single) await ingestMessages(database.db, { items: [item], pseudonymKey: KEY });
  });
  const baseline = baselineCount / baseSeconds;
  console.log(`  ${label}: baseline one message per call: ${Math.round(baseline).toLocaleString()} msgs/s (${baselineCount} msgs)`);

  let best = 0;
  let firstPrefix = '';
  for (const writers of writerCounts) {
    const prefix = `${label}-b${writers}`;
    firstPrefix ||= prefix;
    const rate = await ingestAll(database, generate(MESSAGES, prefix), writers);
    best = Math.max(best, rate);
    console.log(
      `    ${MESSAGES.toLocaleString()} msgs, batches of ${BATCH}, ${writers} writer${writers > 1 ? 's' : ''}: ${Math.round(rate).toLocaleString()} msgs/s (×${(rate / baseline).toFixed(1)} baseline)`,
    );
  }
  console.log(`    target ≥ ${target.toLocaleString()} msgs/s: ${best >= target ? 'met' : 'NOT met'} (best ${Math.round(best).toLocaleString()})`);

  const again = generate(10_000, firstPrefix);
  const [dups, dupSeconds] = await timed(() => ingestMessages(database.db, { items: again, pseudonymKey: KEY }));
  const [{ messages, findings }] = (await database.rows<{ messages: number; findings: number }>(
    sql`select (select count(*)::int from chat_messages where platform_message_id like ${`${firstPrefix}-%`}) as messages,
               (select count(*)::int from findings f join chat_messages m on m.id = f.message_id where m.platform_message_id like ${`${firstPrefix}-%`}) as findings`,
  )) as [{ messages: number; findings: number }];
  console.log(
    `    stored ${messages.toLocaleString()} messages and ${findings.toLocaleString()} findings per run; redelivering 10k: ${dups.filter((o) => o.duplicate).length.toLocaleString()} duplicates, ${Math.round(10_000 / dupSeconds).toLocaleString()} msgs/s`,
  );
  console.log(`    peak RSS so far ${rssMb()} MB`);
}

async function benchWeeklyAggregate(database: Database): Promise<void> {
  const N = 1_000_000;
  const rules = `ARRAY[${RULES.map((x) => `'${x}'`).join(',')}]`;
  const departments = `ARRAY[${DEPARTMENTS.map((x) => `'${x}'`).join(',')}]`;
  const townships = `ARRAY[${TOWNSHIPS.map((x) => `'${x}'`).join(',')}]`;
  const [, fillSeconds] = await timed(async () => {
    await database.rows(
      sql.raw(`INSERT INTO findings (rule, "check", source_kind, record_kind, record_ref, excerpt, department, township, occurred_at, status)
        SELECT (${rules})[1 + g % 10], 'bench', 'record', 'inspection', 'B-' || g, '基准', (${departments})[1 + (g / 10) % 10],
               (${townships})[1 + (g / 7) % 12], timestamptz '2025-11-24 00:00+08' + (g::double precision / ${N}) * interval '365 days',
               (ARRAY['open','open','open','confirmed','dismissed','resolved'])[1 + g % 6]
        FROM generate_series(1, ${N}) AS g`),
    );
    await database.rows(sql`ANALYZE findings`);
  });
  const weeks = Array.from({ length: 10 }, (_, k) => {
    const from = new Date(Date.parse('2025-12-01T00:00:00+08:00') + k * 5 * 7 * 86_400_000);
    return { from, to: new Date(from.getTime() + 7 * 86_400_000) };
  });
  const run = async () => {
    const times: number[] = [];
    let groups = 0;
    for (const w of weeks) {
      const [rows, s] = await timed(() => countFindingsByRuleDepartmentTownship(database.db, w));
      times.push(s * 1000);
      groups = rows.length;
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, groups };
  };
  await run(); // warm the cache
  const indexed = await run();
  // Baseline: the same query forced to scan the table (what it costs without the index).
  const baseline = await database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_indexscan = off`);
    await tx.execute(sql`SET LOCAL enable_indexonlyscan = off`);
    await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    const t0 = performance.now();
    await countFindingsByRuleDepartmentTownship(tx, weeks[0]!);
    return performance.now() - t0;
  });
  console.log(`  weekly aggregate over ${N.toLocaleString()} findings (filled in ${fillSeconds.toFixed(1)} s): median ${indexed.median.toFixed(1)} ms, max ${indexed.max.toFixed(1)} ms over ${weeks.length} weeks, ${indexed.groups} groups (target < 200 ms: ${indexed.max < 200 ? 'met' : 'NOT met'})`);
  console.log(`    baseline without index scans: ${baseline.toFixed(1)} ms → index is ×${(baseline / indexed.median).toFixed(1)} faster`);
}

async function reachable(url: string): Promise<boolean> {
  try {
    const probe = await openPostgres(url, { migrate: false, maxConnections: 1 });
    await probe.close();
    return true;
  } catch {
    return false;
  }
}

export default async function main(): Promise<void> {
  // Shared machines make throughput noisy; the load says how noisy this run was.
  console.log(`  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jf-bench-ingest-'));
  try {
    const dir = path.join(scratch, 'pglite');
    cpSync(await ensurePgliteTemplate(), dir, { recursive: true });
    const pglite = await openPglite(dir);
    try {
      await benchIngest('PGlite', pglite, 5_000, 1_000, [1]);
    } finally {
      await pglite.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL || LOCAL_SERVER;
  if (!(await reachable(url))) {
    console.log(`  PostgreSQL: skipped — no server answers at ${url.replace(/:[^:@/]*@/, ':***@')} (set DATABASE_URL to benchmark one).`);
    return;
  }
  const pgSchema = `jf_bench_${process.pid}`;
  const pg = await openPostgres(url, { pgSchema, maxConnections: 4 });
  try {
    await benchIngest('PostgreSQL', pg, 20_000, 2_000, [1, 4]);
    await benchWeeklyAggregate(pg);
  } finally {
    await pg.rows(sql.raw(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`)).catch(() => undefined);
    await pg.close();
  }
  console.log(`  peak RSS ${rssMb()} MB`);
}

// Allow `npx tsx bench/ingest.bench.ts` on its own.
if (import.meta.url === `file://${process.argv[1]}`) await main();
