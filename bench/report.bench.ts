// Weekly report benchmark: a county with a year of data (1M findings, 2k burden reports,
// 10k register rows); time to gather one week and build Markdown, HTML and DOCX, against
// a same-run baseline (the same three formats from a fixed in-memory week), and the peak
// RSS of a process doing only that. Targets: < 2 s for all formats, peak RSS < 300 MB.
//
// Runs on PostgreSQL when DATABASE_URL is set (schema "bench_report", dropped afterwards
// unless JIANFU_BENCH_KEEP=1) and on embedded PGlite (whose WASM heap lives in the same
// process, so its RSS includes the database itself; the seeded directory is cached in the
// OS temp dir). Seeding happens inside the database with generate_series; the measured
// build runs in a child process of its own.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../storage/open-database.js';
import { MIGRATIONS_FOLDER } from '../storage/run-migrations.js';
import { COUNTY, isSeeded, seedCounty } from './report-seed-county.js';

const exec = promisify(execFile);
const SCHEMA = 'bench_report';
const MB = 1024 * 1024;

interface WorkerResult {
  baseline: number[];
  runs: Array<{ gather: number; render: number; total: number; bytes: number }>;
  rssAfterOpen: number;
  peakRss: number;
}

async function measure(args: string[]): Promise<WorkerResult> {
  const worker = path.join(import.meta.dirname, 'report-build-worker.ts');
  const { stdout } = await exec(process.execPath, ['--import', 'tsx', worker, ...args], { maxBuffer: 1 << 20, timeout: 300_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerResult;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function print(label: string, seedMs: number | null, r: WorkerResult, note = ''): void {
  const base = median(r.baseline);
  const total = median(r.runs.map((x) => x.total));
  const first = r.runs[0]!;
  console.log(`${label}: seed ${seedMs === null ? 'reused' : ms(seedMs)}`);
  console.log(`  baseline (in-memory week → md+html+docx): ${ms(base)}`);
  console.log(`  one week from 1M findings: first ${ms(first.total)} (gather ${ms(first.gather)}, render ${ms(first.render)}); median ${ms(total)} (gather ${ms(median(r.runs.map((x) => x.gather)))}, render ${ms(median(r.runs.map((x) => x.render)))})`);
  console.log(`  ratio to baseline: ${(total / base).toFixed(2)}×   target < 2000 ms: ${total < 2000 ? 'met' : 'NOT met'}`);
  console.log(`  peak RSS: ${(r.peakRss / MB).toFixed(0)} MB (after opening the database: ${(r.rssAfterOpen / MB).toFixed(0)} MB)   target < 300 MB: ${r.peakRss < 300 * MB ? 'met' : 'NOT met'}${note}`);
}

export default async function reportBench(): Promise<void> {
  console.log(`county: ${COUNTY.messageFindings + COUNTY.registerRows} findings over 52 weeks, ${COUNTY.registerRows} register rows, ${COUNTY.burdenReports} burden reports, ${COUNTY.alerts} alerts`);
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openPostgres(url, { pgSchema: SCHEMA, maxConnections: 2 });
    let seedMs: number | null = null;
    try {
      if (!(await isSeeded(database.db))) {
        const t = performance.now();
        await seedCounty(database.db);
        seedMs = performance.now() - t;
      }
      print('PostgreSQL', seedMs, await measure(['postgres', url, SCHEMA]));
    } finally {
      if (process.env.JIANFU_BENCH_KEEP !== '1') await database.db.execute(sql.raw(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`));
      await database.close();
    }
  } else {
    console.log('PostgreSQL: skipped (DATABASE_URL not set)');
  }

  // The seeded PGlite directory is cached in the OS temp dir (keyed by the seed script and
  // the migrations), so only the first run pays the ~2 minutes of seeding.
  const dir = path.join(os.tmpdir(), `jianfu-bench-report-${cacheKey()}`);
  let seedMs: number | null = null;
  const database = await openPglite(dir);
  try {
    if (!(await isSeeded(database.db))) {
      const t = performance.now();
      await seedCounty(database.db);
      seedMs = performance.now() - t;
    }
  } finally {
    await database.close();
  }
  print('PGlite', seedMs, await measure(['pglite', dir]), ' (includes the embedded database\'s own heap)');
}

function cacheKey(): string {
  const hash = createHash('sha256').update(readFileSync(path.join(import.meta.dirname, 'report-seed-county.ts')));
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    const full = path.join(MIGRATIONS_FOLDER, name);
    if (statSync(full).isFile()) hash.update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 12);
}

// Also runnable on its own: node --import tsx bench/report.bench.ts
if (import.meta.url === `file://${process.argv[1]}`) await reportBench();
