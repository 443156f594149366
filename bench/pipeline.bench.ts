// Issue 5 speed targets: messages per second through the whole pipeline (console adapter
// → dedupe → scan → store → notify) on PGlite and on PostgreSQL (target ≥ 2k msgs/s), and
// end-to-end latency from receipt to alert posted through Slack at 200 msgs/s
// (target p99 < 100 ms). Same-run baselines: the pipeline over an in-memory store (what
// storage costs), and a bare HTTP round trip to the fake Slack API (what the network costs).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { fork } from 'node:child_process';
import path from 'node:path';
import { ConsoleAdapter } from '../bot/adapters/console.js';
import { SlackAdapter } from '../bot/adapters/slack.js';
import { startApp } from '../bot/app.js';
import { parseConfig } from '../bot/config/load-config.js';
import type { Config, ConfigInput } from '../bot/config/schema.js';
import { silentLogger } from '../bot/logger.js';
import { createOutbox } from '../bot/adapters/outbox.js';
import { createPipeline } from '../bot/pipeline/create-pipeline.js';
import type { IngestOutcome, PipelineStore } from '../bot/pipeline/store-port.js';
import type { CommandServices } from '../bot/commands/services.js';
import { openPglite, openPostgres } from '../storage/open-database.js';
import type { Database } from '../storage/database.js';
import { ensurePgliteTemplate } from '../tests/support/db.js';
import { startFakeSlackApi } from '../tests/bot/support/fake-slack-api.js';
import { generateMessages } from './generate-messages.js';
import { scanMessage } from '../checks/messages/index.js';
import { sql } from 'drizzle-orm';

const THROUGHPUT_MESSAGES = 20_000;
const IN_FLIGHT = 512;
const CHANNELS = 50;
const PEOPLE = 200;
const LATENCY_RATE = Number(process.env.BENCH_RATE ?? 200); // msgs/s
const LATENCY_SECONDS = 15;
const SECRET = 'bench-signing-secret';

function consoleConfig(): Config {
  const input: ConfigInput = {
    channels: Array.from({ length: CHANNELS }, (_, i) => ({ platform: 'console' as const, id: `g${i}`, name: `第${i}群`, kind: 'township' as const, township: `第${i}镇`, onFinding: ['reply' as const] })),
    people: Array.from({ length: PEOPLE }, (_, i) => ({ platform: 'console' as const, id: `p${i}`, name: `人${i}`, department: `县第${i % 10}局` })),
    chat: { console: { enabled: true } },
  };
  return parseConfig(input);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function drive(adapter: ConsoleAdapter, texts: string[]): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < texts.length) {
      const i = next++;
      await adapter.say({ id: `p${i % PEOPLE}`, name: `人${i % PEOPLE}` }, `g${i % CHANNELS}`, texts[i]!, { messageId: `bench-${i}` });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return (texts.length / (performance.now() - started)) * 1000;
}

const NO_SERVICES = {} as CommandServices;

/** Baseline: the same pipeline with a store that does no I/O. */
async function inMemoryThroughput(texts: string[]): Promise<number> {
  const config = consoleConfig();
  let sent = 0;
  const adapter = new ConsoleAdapter({ write: () => void sent++ });
  let id = 0;
  const store: PipelineStore = {
    ingest: async (items): Promise<IngestOutcome[]> => items.map((i) => ({ duplicate: false, findingNumbers: i.findings.map(() => `F-${++id}`) })),
    claimDelivery: async () => true,
  };
  const pipeline = createPipeline({ config, store, outbox: createOutbox([adapter]), services: NO_SERVICES, logger: silentLogger() });
  await adapter.start((m) => pipeline.handle(m));
  const rate = await drive(adapter, texts);
  await pipeline.drain();
  return rate;
}

/** The real app (startApp: resilient ingest, batching, notify) on a database. */
async function appThroughput(database: Database, texts: string[]): Promise<{ rate: number; notices: number }> {
  const config = consoleConfig();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-bench-app-'));
  let notices = 0;
  const adapter = new ConsoleAdapter({ write: () => void notices++ });
  const app = await startApp({ config, database, keys: { pseudonym: randomBytes(32), seal: null }, dataDir, logger: silentLogger(), adapters: [adapter], platformAdapters: false, scheduler: false });
  try {
    const rate = await drive(adapter, texts);
    await app.pipeline.drain();
    const stored = await database.rows<{ n: string | number }>(sql`select count(*) as n from chat_messages`);
    if (Number(stored[0]!.n) !== texts.length) throw new Error(`stored ${stored[0]!.n} of ${texts.length}`);
    return { rate, notices };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same Slack adapter and pipeline over an in-memory store (latency baseline). */
async function memoryApp(config: Config, adapter: SlackAdapter, database: Database): Promise<{ pipeline: ReturnType<typeof createPipeline>; stop(): Promise<void> }> {
  let id = 0;
  const store: PipelineStore = {
    ingest: async (items): Promise<IngestOutcome[]> => items.map((i) => ({ duplicate: false, findingNumbers: i.findings.map(() => `F-${++id}`) })),
    claimDelivery: async () => true,
  };
  const pipeline = createPipeline({ config, store, outbox: createOutbox([adapter]), services: NO_SERVICES, logger: silentLogger() });
  await adapter.start((m) => pipeline.handle(m));
  return {
    pipeline,
    stop: async () => {
      await adapter.stop();
      await pipeline.drain();
      await database.close();
    },
  };
}

/** A private schema on the PostgreSQL server of DATABASE_URL, dropped by cleanup(). */
async function postgresDatabase(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL!;
  const schema = `jfbench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const database = await openPostgres(url, { pgSchema: schema, maxConnections: 8 });
  return {
    database,
    cleanup: async () => {
      const admin = await openPostgres(url, { migrate: false, maxConnections: 1 });
      await admin.rows(sql.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
      await admin.close();
    },
  };
}

async function pgliteDatabase(): Promise<{ database: Database; cleanup: () => void }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jianfu-bench-db-'));
  cpSync(await ensurePgliteTemplate(), path.join(scratch, 'pglite'), { recursive: true });
  const database = await openPglite(path.join(scratch, 'pglite'), { migrate: false });
  return { database, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

async function latencyThroughSlack(storeKind: 'memory' | 'pglite' | 'postgres' = 'pglite'): Promise<{ ack: number[]; alert: number[]; bare: number[]; missing: number; errors: string[]; cpuPerMessage: number }> {
  const fake = await startFakeSlackApi();
  const { database, cleanup } = storeKind === 'postgres' ? await postgresDatabase() : await pgliteDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-bench-slack-'));
  // One channel per in-flight trigger message: the reply's channel says which message it answers.
  const SLOTS = 400;
  const config = parseConfig({
    channels: Array.from({ length: SLOTS }, (_, i) => ({ platform: 'slack' as const, id: `C${i}`, kind: 'township' as const, onFinding: ['reply' as const] })),
    chat: { console: { enabled: false }, slack: { enabled: true, port: 3000 } },
  });
  const adapter = new SlackAdapter({ mode: 'http', port: 0, host: '127.0.0.1', botToken: 'xoxb-bench', signingSecret: SECRET, slackApiUrl: fake.url, logger: silentLogger() });
  const app =
    storeKind !== 'memory'
      ? await startApp({ config, database, keys: { pseudonym: randomBytes(32), seal: null }, dataDir, logger: silentLogger(), adapters: [adapter], platformAdapters: false, scheduler: false })
      : await memoryApp(config, adapter, database);
  const url = `http://127.0.0.1:${adapter.port}/slack/events`;

  // Baseline: a bare round trip to the fake Web API.
  const bare: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await fetch(`${fake.url}chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'channel=X&text=t' });
    bare.push(performance.now() - t);
  }
  fake.calls.length = 0;

  const texts = generateMessages(LATENCY_RATE * LATENCY_SECONDS, 0.1, 7);
  // One channel per flagged message: the reply's channel says which message it answers.
  let slot = 0;
  const messages = texts.map((text, i) => ({
    channel: scanMessage(text).length > 0 ? `C${slot++ % SLOTS}` : 'CQUIET',
    user: `U${i % 300}`,
    text,
    ts: `1764200000.${String(i).padStart(6, '0')}`,
  }));
  const postedAt = new Map<string, number>();
  fake.onPost = (call) => {
    const channel = String(call.args.channel);
    if (channel.startsWith('C') && !postedAt.has(channel)) postedAt.set(channel, performance.timeOrigin + performance.now());
  };
  const cpuBefore = process.cpuUsage();
  const loader = fork(new URL('./slack-load-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
  const result = await new Promise<{ sent: number[]; acked: (number | undefined)[]; errors: string[] }>((resolve, reject) => {
    loader.once('message', (m) => resolve(m as { sent: number[]; acked: (number | undefined)[]; errors: string[] }));
    loader.once('error', reject);
    loader.send({ url, secret: SECRET, rate: LATENCY_RATE, messages });
  });
  await app.pipeline.drain();
  await new Promise((r) => setTimeout(r, 200));
  const cpu = process.cpuUsage(cpuBefore);
  const ack: number[] = [];
  const alert: number[] = [];
  let missing = 0;
  messages.forEach((m, i) => {
    const acked = result.acked[i];
    if (acked !== undefined) ack.push(acked - result.sent[i]!);
    if (m.channel === 'CQUIET') return;
    const posted = postedAt.get(m.channel);
    if (posted === undefined) missing++;
    else alert.push(posted - result.sent[i]!);
  });
  const errors = result.errors;
  const cpuPerMessage = (cpu.user + cpu.system) / 1000 / texts.length;
  await app.stop(); // closes the database too
  await fake.close();
  await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
  return { ack: ack.sort((a, b) => a - b), alert: alert.sort((a, b) => a - b), bare: bare.sort((a, b) => a - b), missing, errors, cpuPerMessage };
}

export default async function run(): Promise<void> {
  const texts = generateMessages(THROUGHPUT_MESSAGES, 0.1);
  // Warm up the rule engine and tsx's module cache.
  await inMemoryThroughput(texts.slice(0, 2000));

  const baseline = await inMemoryThroughput(texts);
  console.log(`  baseline: pipeline over an in-memory store      ${baseline.toFixed(0).padStart(7)} msgs/s (${THROUGHPUT_MESSAGES} messages, 10% with burdens, ${IN_FLIGHT} in flight)`);

  // app.stop() closes the database it was given.
  const pg = await pgliteDatabase();
  try {
    const { rate, notices } = await appThroughput(pg.database, texts);
    console.log(`  whole pipeline, console adapter, PGlite        ${rate.toFixed(0).padStart(7)} msgs/s  = ${(rate / baseline).toFixed(2)}× baseline (target ≥ 2000; ${notices} replies sent)`);
  } finally {
    pg.cleanup();
  }

  if (process.env.DATABASE_URL) {
    const schema = `jfbench_${process.pid}_${randomBytes(3).toString('hex')}`;
    const database = await openPostgres(process.env.DATABASE_URL, { pgSchema: schema, maxConnections: 8 });
    const { rate } = await appThroughput(database, texts);
    console.log(`  whole pipeline, console adapter, PostgreSQL    ${rate.toFixed(0).padStart(7)} msgs/s  = ${(rate / baseline).toFixed(2)}× baseline (target ≥ 2000)`);
    const cleanup = await openPostgres(process.env.DATABASE_URL, { migrate: false, maxConnections: 1 });
    await cleanup.rows(sql.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    await cleanup.close();
  } else {
    console.log('  PostgreSQL: skipped (set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
  }

  const fmt = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms`;
  console.log(`  Slack events at ${LATENCY_RATE} msgs/s for ${LATENCY_SECONDS} s (load from a separate process, signed, over loopback):`);
  const kinds: ('memory' | 'pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['memory', 'pglite', 'postgres'] : ['memory', 'pglite'];
  let baseAlert = NaN;
  for (const kind of kinds) {
    const lat = await latencyThroughSlack(kind);
    const label = { memory: 'baseline, in-memory store', pglite: 'PGlite', postgres: 'PostgreSQL' }[kind];
    if (kind === 'memory') {
      baseAlert = percentile(lat.alert, 99);
      console.log(`    bare round trip to the fake Slack API: ${fmt(lat.bare)}`);
    }
    const ratio = kind === 'memory' ? '' : ` = ${(percentile(lat.alert, 99) / baseAlert).toFixed(1)}× baseline p99`;
    console.log(`    ${label.padEnd(26)} receipt → ack ${fmt(lat.ack)}; receipt → alert posted ${fmt(lat.alert)}${ratio} (${lat.alert.length} alerts${lat.missing ? `, ${lat.missing} missing` : ''}${lat.errors.length ? `, ${lat.errors.length} failed requests` : ''}; bot CPU ${lat.cpuPerMessage.toFixed(2)} ms/msg; target p99 < 100 ms)`);
  }
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
