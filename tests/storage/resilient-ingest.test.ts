import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../storage/database.js';
import { openPostgres } from '../../storage/open-database.js';
import type { IngestItem } from '../../storage/repositories/messages.js';
import { createResilientIngest, type ResilientIngest } from '../../storage/resilient-ingest.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';
import { burdenItem, cleanItem, TEST_KEY } from './fixtures.js';
import { TcpProxy } from './tcp-proxy.js';

const tmpDirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jf-spool-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

function stream(n: number, channel: string): IngestItem[] {
  return Array.from({ length: n }, (_, i) => (i % 10 === 0 ? burdenItem({ channel }) : cleanItem({ channel })));
}

async function counts(t: Database, channel: string) {
  const [row] = await t.rows<{ messages: number; distinct_messages: number; findings: number }>(sql`
    select (select count(*)::int from chat_messages where channel_id = ${channel}) as messages,
           (select count(distinct platform_message_id)::int from chat_messages where channel_id = ${channel}) as distinct_messages,
           (select count(*)::int from findings where channel_id = ${channel}) as findings`);
  return row!;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('spool on PGlite', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend: 'pglite' });
  });
  afterAll(() => t?.close());

  it('keeps messages on disk while the database is unusable and stores them once when a later instance starts', async () => {
    const dir = dataDir();
    const broken = { ...t.db, transaction: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) } as unknown as Db;
    const items = stream(50, 'c-pglite-spool');
    const first = createResilientIngest({ db: broken, dataDir: dir, pseudonymKey: TEST_KEY, retryDelayMs: 60_000 });
    const outcomes = await first.ingest(items);
    expect(outcomes.every((o) => o.spooled && !o.stored)).toBe(true);
    expect(await first.pending()).toBe(50);
    await first.close(); // the process "crashes" with the spool on disk

    // What reached the disk: no raw sender ids, no text of clean messages.
    const spoolText = readdirSync(path.join(dir, 'spool')).map((f) => readFileSync(path.join(dir, 'spool', f), 'utf8')).join('');
    expect(spoolText).not.toContain('U-zhang');
    expect(spoolText).not.toContain('三楼会议室');
    expect(spoolText).toContain('打卡');

    const second = createResilientIngest({ db: t.db, dataDir: dir, pseudonymKey: TEST_KEY });
    try {
      await waitFor(async () => (await second.pending()) === 0);
      expect(await counts(t, 'c-pglite-spool')).toEqual({ messages: 50, distinct_messages: 50, findings: 10 });
      // Replaying the same again (e.g. the same spool restored from a backup) changes nothing.
      await second.ingest(items);
      expect(await counts(t, 'c-pglite-spool')).toEqual({ messages: 50, distinct_messages: 50, findings: 10 });
    } finally {
      await second.close();
    }
  });

  it('moves a torn line to rejected.jsonl and replays the rest', async () => {
    const dir = dataDir();
    const r = createResilientIngest({ db: t.db, dataDir: dir, pseudonymKey: TEST_KEY, retryDelayMs: 60_000 });
    try {
      for (const item of stream(5, 'c-torn')) await r.append(item);
      appendFileSync(path.join(dir, 'spool', 'spool.jsonl'), '{"v":1,"spooledAt":"2026-'); // crash mid-write
      const result = await r.replay();
      // The start-up replay may already have taken some of the five; all must be stored.
      expect(result).toMatchObject({ rejected: 1, remaining: 0 });
      expect(await counts(t, 'c-torn')).toMatchObject({ messages: 5 });
      expect(readFileSync(path.join(dir, 'spool', 'rejected.jsonl'), 'utf8')).toContain('torn write');
      expect(await r.pending()).toBe(0);
    } finally {
      await r.close();
    }
  });
});

describe.runIf(testBackends().includes('postgres'))('spool on PostgreSQL', () => {
  let t: TestDatabase;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    t = await openTestDatabase({ backend: 'postgres' });
  });
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  afterAll(() => t?.close());

  it('loses and doubles nothing when the server disappears mid-stream and comes back', async () => {
    const target = new URL(process.env.DATABASE_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(process.env.DATABASE_URL!);
    viaProxy.port = String(proxy.port);
    const victim = await openPostgres(viaProxy.toString(), { pgSchema: t.pgSchema!, migrate: false, maxConnections: 2 });
    const dir = dataDir();
    const r: ResilientIngest = createResilientIngest({ db: victim.db, dataDir: dir, pseudonymKey: TEST_KEY, retryDelayMs: 100, maxRetryDelayMs: 200, logger: process.env.JF_DEBUG ? { info: (o, m) => console.log('info', m, JSON.stringify(o)), warn: (o: { err?: { code?: string; cause?: { code?: string } } }, m) => console.log('warn', m, o.err?.code ?? o.err?.cause?.code, JSON.stringify(o).slice(0, 150)), error: (o, m) => console.log('error', m, o) } : undefined });
    cleanups.push(async () => {
      await r.close();
      await victim.close().catch(() => undefined);
      await proxy.stop();
    });

    const items = stream(2000, 'c-outage');
    let spooled = 0;
    for (let i = 0; i < items.length; i += 50) {
      if (i === 600) await proxy.stop(); // down: connections cut mid-stream, new ones refused
      if (i === 1400) await proxy.start(); // back on the same port
      const out = await r.ingest(items.slice(i, i + 50));
      spooled += out.filter((o) => o.spooled).length;
    }
    expect(spooled).toBeGreaterThanOrEqual(800);
    await waitFor(async () => (await r.pending()) === 0);
    expect(existsSync(path.join(dir, 'spool', 'rejected.jsonl'))).toBe(false);
    expect(await counts(t, 'c-outage')).toEqual({ messages: 2000, distinct_messages: 2000, findings: 400 });
  });

  it('loses and doubles nothing when its connections are killed with pg_terminate_backend', async () => {
    const app = `jf-victim-${process.pid}`;
    const victim = await openPostgres(process.env.DATABASE_URL!, { pgSchema: t.pgSchema!, migrate: false, maxConnections: 3, applicationName: app });
    const dir = dataDir();
    const r = createResilientIngest({ db: victim.db, dataDir: dir, pseudonymKey: TEST_KEY, retryDelayMs: 50, maxRetryDelayMs: 100 });
    cleanups.push(async () => {
      await r.close();
      await victim.close();
    });

    const items = stream(3000, 'c-kill');
    let killing = true;
    let kills = 0;
    const killer = (async () => {
      while (killing) {
        const rows = await t.rows<{ killed: boolean }>(sql`select pg_terminate_backend(pid) as killed from pg_stat_activity where application_name = ${app}`);
        kills += rows.filter((x) => x.killed).length;
        await new Promise((res) => setTimeout(res, 15));
      }
    })();
    const writers = [0, 1, 2].map(async (w) => {
      for (let i = w * 50; i < items.length; i += 150) await r.ingest(items.slice(i, i + 50));
    });
    await Promise.all(writers);
    killing = false;
    await killer;
    expect(kills).toBeGreaterThan(0);
    await r.replay();
    await waitFor(async () => (await r.pending()) === 0);
    expect(existsSync(path.join(dir, 'spool', 'rejected.jsonl'))).toBe(false);
    expect(await counts(t, 'c-kill')).toEqual({ messages: 3000, distinct_messages: 3000, findings: 600 });
  });
});
