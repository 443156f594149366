// The pipeline end to end over a real database: dedupe → scan → store → notify, the
// per-channel actions, ignored senders, and that a failing store never drops a message.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestItem } from '../../bot/pipeline/store-port.js';
import { testBackends } from '../support/db.js';
import { createHarness, type Harness } from './support/harness.js';

const CHECK_IN = '请各村今天起每天早上八点前在群里打卡，并发定位。';

async function count(h: Harness, table: 'chat_messages' | 'findings', where = sql`true`): Promise<number> {
  const rows = await h.database.rows<{ n: number | string }>(sql`select count(*) as n from ${sql.identifier(table)} where ${where}`);
  return Number(rows[0]!.n);
}

describe.each(testBackends())('pipeline on %s', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ backend });
  });
  afterAll(() => h.close());

  it('replies in the group quoting the clause, notes the office, and stores the finding', async () => {
    h.sent.length = 0;
    await h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-1' });
    const reply = h.sent.find((s) => s.startsWith('[丹水镇工作群]'));
    expect(reply).toBeDefined();
    expect(reply).toContain('R06');
    expect(reply).toContain('不得滥用各类软件');
    expect(reply).toContain('依据：');
    // The bot never asks for anything back.
    expect(reply).not.toMatch(/请(回复|确认|填写|截图)/);
    const office = h.sent.find((s) => s.startsWith('[县纪委监委]'));
    expect(office).toMatch(/F-\d{6}/);
    expect(office).toContain('县农业农村局');
    expect(await count(h, 'chat_messages', sql`platform_message_id = 'p-1'`)).toBe(1);
    expect(await count(h, 'findings', sql`rule = 'R06' and township = '丹水镇' and department = '县农业农村局'`)).toBeGreaterThan(0);
  });

  it('stores a duplicate delivery once and answers it once', async () => {
    h.sent.length = 0;
    const before = await count(h, 'findings');
    await h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-dup' });
    await h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-dup' });
    await Promise.all([h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-dup2' }), h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-dup2' })]);
    expect(await count(h, 'chat_messages', sql`platform_message_id in ('p-dup', 'p-dup2')`)).toBe(2);
    const added = (await count(h, 'findings')) - before;
    const perMessage = await count(h, 'findings', sql`message_id = (select id from chat_messages where platform_message_id = 'p-dup')`);
    expect(perMessage).toBeGreaterThan(0);
    expect(added).toBe(perMessage * 2);
    expect(h.sent.filter((s) => s.startsWith('[丹水镇工作群]'))).toHaveLength(2);
  });

  it('a redelivery after a restart (a fresh pipeline on the same database) is stored and answered once', async () => {
    const second = await createHarness({ backend, database: h.database });
    try {
      h.sent.length = 0;
      await h.say('liming', 'danshui', CHECK_IN, { messageId: 'p-restart' });
      await second.say('liming', 'danshui', CHECK_IN, { messageId: 'p-restart' });
      expect(await count(h, 'chat_messages', sql`platform_message_id = 'p-restart'`)).toBe(1);
      expect(h.sent.filter((s) => s.startsWith('[丹水镇工作群]'))).toHaveLength(1);
      expect(second.sent).toHaveLength(0);
      expect(second.pipeline.stats.duplicates).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('sends a private note to the sender where the channel says dm, and nothing where it says silent', async () => {
    h.sent.length = 0;
    await h.say('liming', 'county', CHECK_IN, { messageId: 'p-dm' });
    await h.say('liming', 'quiet', CHECK_IN, { messageId: 'p-silent' });
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]).toMatch(/^\[私聊:李明\] 【减负提醒】您在「全县工作群」/);
    expect(await count(h, 'chat_messages', sql`platform_message_id = 'p-silent' and has_findings`)).toBe(1);
  });

  it('keeps no text of clean messages and ignores exempt accounts and its own messages', async () => {
    h.sent.length = 0;
    await h.say('liuyang', 'danshui', '好的，收到，下午我去村里看看。', { messageId: 'p-clean' });
    await h.say('newsbot', 'danshui', CHECK_IN, { messageId: 'p-exempt' });
    await h.pipeline.handle({ platform: 'console', channelId: 'danshui', isDirect: false, messageId: 'p-self', senderId: 'bot', text: CHECK_IN, sentAt: new Date(), isSelf: true });
    expect(h.sent).toHaveLength(0);
    const rows = await h.database.rows<{ text: string | null }>(sql`select text from chat_messages where platform_message_id = 'p-clean'`);
    expect(rows).toEqual([{ text: null }]);
    expect(await count(h, 'chat_messages', sql`platform_message_id in ('p-exempt', 'p-self')`)).toBe(0);
  });
});

describe('pipeline when storage fails', () => {
  it('spools the message instead of dropping it, and still replies', async () => {
    const spooled: IngestItem[] = [];
    const h = await createHarness({
      wrapStore: (store) => ({ ...store, ingest: () => Promise.reject(new Error('connection refused')) }),
      spool: { append: async (item) => void spooled.push(item) },
    });
    try {
      await h.say('liming', 'danshui', CHECK_IN, { messageId: 'down-1' });
      await h.say('liuyang', 'danshui', '收到', { messageId: 'down-2' });
      expect(spooled.map((i) => i.message.messageId)).toEqual(['down-1', 'down-2']);
      expect(spooled[0]!.findings.length).toBeGreaterThan(0);
      expect(spooled[0]!.township).toBe('丹水镇');
      expect(h.sent.some((s) => s.startsWith('[丹水镇工作群]'))).toBe(true);
      expect(h.pipeline.stats.spooled).toBe(2);
    } finally {
      await h.close();
    }
  });

  it('stores a message whose scan throws, without findings', async () => {
    const h = await createHarness();
    try {
      // A scan that throws must not lose the message: swap in a broken scanner.
      const { createPipeline } = await import('../../bot/pipeline/create-pipeline.js');
      const { createOutbox } = await import('../../bot/adapters/outbox.js');
      const { createStorageStore } = await import('../../bot/pipeline/storage-store.js');
      const { silentLogger } = await import('../../bot/logger.js');
      const broken = createPipeline({
        config: h.config,
        store: createStorageStore(h.database.db, { pseudonymKey: h.pseudonymKey, keepMessageMetadata: true }),
        outbox: createOutbox([h.adapter]),
        services: {} as never,
        logger: silentLogger(),
        scan: () => {
          throw new Error('rule bug');
        },
      });
      await broken.handle({ platform: 'console', channelId: 'danshui', isDirect: false, messageId: 'scan-broken', senderId: 'liming', text: CHECK_IN, sentAt: new Date() });
      expect(await count(h, 'chat_messages', sql`platform_message_id = 'scan-broken'`)).toBe(1);
      expect(broken.stats.errors).toBe(1);
    } finally {
      await h.close();
    }
  });
});

describe('pipeline with the durable spool (database down, then back)', () => {
  it('keeps every message while the database is down and stores each once when it is back', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createResilientIngest } = await import('../../storage/resilient-ingest.js');
    const { createStorageStore } = await import('../../bot/pipeline/storage-store.js');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-spool-'));
    let down = true;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const brokenDb = { transaction: () => Promise.reject(refused) } as never;
    let resilient: ReturnType<typeof createResilientIngest> | undefined;
    const { openTestDatabase } = await import('../support/db.js');
    const database = await openTestDatabase();
    const pseudonymKey = (await import('node:crypto')).randomBytes(32);
    const h = await createHarness({
      database,
      wrapStore: (store) => {
        // The test database, reached through a switch that can make it unreachable.
        resilient = createResilientIngest({ db: () => (down ? brokenDb : database.db), dataDir, pseudonymKey, retryDelayMs: 60_000 });
        return { ...createStorageStore(database.db, { pseudonymKey, keepMessageMetadata: true, resilient }), claimDelivery: store.claimDelivery };
      },
    });
    try {
      h.sent.length = 0;
      await h.say('liming', 'danshui', CHECK_IN, { messageId: 'sp-1' });
      await h.say('liuyang', 'danshui', '好的，收到', { messageId: 'sp-2' });
      await h.say('liming', 'danshui', '请各村把今天入户走访的照片发到群里，每户两张。', { messageId: 'sp-3' });
      // The group still got its reminder while the database was down.
      expect(h.sent.some((s) => s.startsWith('[丹水镇工作群]'))).toBe(true);
      expect(h.pipeline.stats.spooled).toBe(3);
      expect(await count(h, 'chat_messages', sql`platform_message_id like 'sp-%'`)).toBe(0);
      expect(await resilient!.pending()).toBe(3);

      down = false;
      const replayed = await resilient!.replay();
      expect(replayed).toMatchObject({ replayed: 3, rejected: 0, remaining: 0 });
      expect(await count(h, 'chat_messages', sql`platform_message_id like 'sp-%'`)).toBe(3);
      expect(await count(h, 'findings', sql`message_id = (select id from chat_messages where platform_message_id = 'sp-1')`)).toBeGreaterThan(0);
      // A redelivery after the replay is still stored once.
      const second = await createHarness({ database: h.database });
      await second.say('liming', 'danshui', CHECK_IN, { messageId: 'sp-1' });
      await second.close();
      expect(await count(h, 'chat_messages', sql`platform_message_id = 'sp-1'`)).toBe(1);
      expect(await resilient!.pending()).toBe(0);
    } finally {
      await resilient?.close();
      await h.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
