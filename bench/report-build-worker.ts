// Child process of bench/report.bench.ts: builds the week's report in all three formats
// from the seeded database and prints one JSON line. A process of its own, so that its
// peak RSS is the report's and not that of benchmarks that ran before it.
import { parseConfig } from '../bot/config/load-config.js';
import { gatherWeeklyReport } from '../reports/data/gather-weekly-report.js';
import { buildReportFiles } from '../reports/render/build-report-files.js';
import { parseIsoWeek } from '../reports/week.js';
import { sampleReportData } from '../tests/reports/fixtures/sample-report-data.js';
import { openPglite, openPostgres } from '../storage/open-database.js';
import { BENCH_WEEK } from './report-seed-county.js';

const [kind, where, schema] = process.argv.slice(2);
const rssBefore = process.resourceUsage().maxRSS * 1024;
const database = kind === 'postgres' ? await openPostgres(where!, { pgSchema: schema!, migrate: false, maxConnections: 4 }) : await openPglite(where!, { migrate: false });
const rssOpen = process.resourceUsage().maxRSS * 1024;
const config = parseConfig({ county: '示范县', report: { casesPerRule: 5 } });
const week = parseIsoWeek(BENCH_WEEK);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

// Baseline: the same three formats from a fixed in-memory week (no database).
const baseline: number[] = [];
for (let i = 0; i < 3; i++) baseline.push((await timed(() => buildReportFiles(sampleReportData())))[1]);

const runs: Array<{ gather: number; render: number; total: number; bytes: number }> = [];
for (let i = 0; i < 3; i++) {
  const [data, gather] = await timed(() => gatherWeeklyReport({ db: database.db, config, week, now: new Date('2026-11-23T08:30:00+08:00') }));
  const [files, render] = await timed(() => buildReportFiles(data));
  runs.push({ gather, render, total: gather + render, bytes: files.markdown.length + files.html.length + files.docx.length });
}
await database.close();
process.stdout.write(
  `${JSON.stringify({ baseline, runs, rssBeforeOpen: rssBefore, rssAfterOpen: rssOpen, peakRss: process.resourceUsage().maxRSS * 1024 })}\n`,
);
