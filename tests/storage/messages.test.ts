import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../storage/database.js';
import { pseudonymize } from '../../storage/pseudonymize.js';
import { claimDelivery, ingestMessage, ingestMessages, type IngestItem } from '../../storage/repositories/messages.js';
import { openTestDatabase, openTwoPostgresInstances, testBackends, type TestDatabase } from '../support/db.js';
import { BURDEN_TEXT, burdenItem, cleanItem, finding, item, TEST_KEY } from './fixtures.js';

async function counts(t: Database, channel: string) {
  const [row] = await t.rows<{ messages: number; findings: number }>(sql`
    select (select count(*)::int from chat_messages where channel_id = ${channel}) as messages,
           (select count(*)::int from findings where channel_id = ${channel}) as findings`);
  return row!;
}

describe.each(testBackends())('message ingest on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  it('stores a message with findings: text kept, sender only as a keyed hash, numbered findings', async () => {
    const it1 = burdenItem({ channel: 'c-store', sender: 'U-SECRET-42' });
    const outcome = await ingestMessage(t.db, { item: it1, pseudonymKey: TEST_KEY });
    expect(outcome.stored).toBe(true);
    expect(outcome.duplicate).toBe(false);
    expect(outcome.findingIds).toHaveLength(2);
    expect(outcome.findingNumbers[0]).toMatch(/^F-\d{6,}$/);

    const [msg] = await t.rows<{ text: string; sender_hash: string; has_findings: boolean }>(
      sql`select text, sender_hash, has_findings from chat_messages where id = ${outcome.messageId}`,
    );
    expect(msg!.text).toBe(BURDEN_TEXT);
    expect(msg!.sender_hash).toBe(pseudonymize(TEST_KEY, 'slack', 'U-SECRET-42'));
    const dump = JSON.stringify(await t.rows(sql`select * from chat_messages`)) + JSON.stringify(await t.rows(sql`select * from findings`));
    expect(dump).not.toContain('U-SECRET-42');

    const stored = await t.rows<{ rule: string; check: string; span_start: number; span_end: number; excerpt: string; township: string; department: string; basis: unknown }>(
      sql`select rule, "check", span_start, span_end, excerpt, township, department, basis from findings where message_id = ${outcome.messageId} order by id`,
    );
    expect(stored.map((f) => [f.check, f.excerpt, BURDEN_TEXT.slice(f.span_start, f.span_end)])).toEqual([
      ['R06/check-in', '打卡', '打卡'],
      ['R06/screenshot', '上传工作照片截图', '上传工作照片截图'],
    ]);
    expect(stored[0]).toMatchObject({ rule: 'R06', township: '丹水镇', department: '县农业农村局' });
    expect(stored[0]!.basis).toEqual(it1.findings[0]!.basis);
  });

  it('stores a redelivered message once and never duplicates its findings', async () => {
    const first = burdenItem({ channel: 'c-redeliver', id: 'evt-1' });
    const a = await ingestMessage(t.db, { item: first, pseudonymKey: TEST_KEY });
    const b = await ingestMessage(t.db, { item: { ...first, message: { ...first.message } }, pseudonymKey: TEST_KEY });
    // Same message again inside one batch, and alongside a new one.
    const c = await ingestMessages(t.db, { items: [first, first, burdenItem({ channel: 'c-redeliver', id: 'evt-2' })], pseudonymKey: TEST_KEY });
    expect(a.stored).toBe(true);
    expect(b).toMatchObject({ duplicate: true, stored: false, findingIds: [] });
    expect(c.map((o) => o.duplicate)).toEqual([true, true, false]);
    expect(await counts(t, 'c-redeliver')).toEqual({ messages: 2, findings: 4 });
  });

  it('keeps only metadata of a clean message, and nothing when keepMessageMetadata is off', async () => {
    const kept = await ingestMessage(t.db, { item: cleanItem({ channel: 'c-clean' }), pseudonymKey: TEST_KEY });
    expect(kept.stored).toBe(true);
    const [row] = await t.rows<{ text: string | null; has_findings: boolean }>(sql`select text, has_findings from chat_messages where id = ${kept.messageId}`);
    expect(row).toEqual({ text: null, has_findings: false });

    const dropped = await ingestMessages(t.db, {
      items: [cleanItem({ channel: 'c-clean-off' }), burdenItem({ channel: 'c-clean-off' })],
      pseudonymKey: TEST_KEY,
      keepMessageMetadata: false,
    });
    expect(dropped.map((o) => o.stored)).toEqual([false, true]);
    expect(await counts(t, 'c-clean-off')).toEqual({ messages: 1, findings: 2 });
  });

  it('never stores private chats with the bot (burden reports must not be traceable)', async () => {
    const outcome = await ingestMessage(t.db, { item: burdenItem({ channel: 'D-private', isDirect: true }), pseudonymKey: TEST_KEY });
    expect(outcome).toMatchObject({ stored: false, duplicate: false });
    expect(await counts(t, 'D-private')).toEqual({ messages: 0, findings: 0 });
  });

  it('accepts a NUL character without failing the batch, keeping span offsets', async () => {
    const text = '请大家\u0000每天打卡';
    const out = await ingestMessages(t.db, {
      items: [item({ text, channel: 'c-nul', found: (x) => [finding(x, '打卡')] }), cleanItem({ channel: 'c-nul' })],
      pseudonymKey: TEST_KEY,
    });
    expect(out.map((o) => o.stored)).toEqual([true, true]);
    const [row] = await t.rows<{ text: string }>(sql`select text from chat_messages where id = ${out[0]!.messageId}`);
    expect(row!.text).toBe('请大家\uFFFD每天打卡');
    expect(row!.text.slice(6, 8)).toBe('打卡');
  });

  it('gives the same numbers for identical findings reported twice for one message', async () => {
    const twice = item({ text: BURDEN_TEXT, channel: 'c-twice', found: (x) => [finding(x, '打卡'), finding(x, '打卡')] });
    const out = await ingestMessage(t.db, { item: twice, pseudonymKey: TEST_KEY });
    expect(out.findingIds[0]).toBe(out.findingIds[1]);
    expect(await counts(t, 'c-twice')).toEqual({ messages: 1, findings: 1 });
  });

  it('ingests a large batch in one call', async () => {
    const items: IngestItem[] = [];
    for (let i = 0; i < 2500; i++) items.push(i % 10 === 0 ? burdenItem({ channel: 'c-bulk' }) : cleanItem({ channel: 'c-bulk' }));
    const out = await ingestMessages(t.db, { items, pseudonymKey: TEST_KEY });
    expect(out.filter((o) => o.stored)).toHaveLength(2500);
    expect(await counts(t, 'c-bulk')).toEqual({ messages: 2500, findings: 500 });
  });

  it('processes a private delivery once via claimDelivery, storing only a hash and a day', async () => {
    expect(await claimDelivery(t.db, { key: 'slack:D1:evt-9', receivedOn: '2026-11-23', pseudonymKey: TEST_KEY })).toBe(true);
    expect(await claimDelivery(t.db, { key: 'slack:D1:evt-9', receivedOn: '2026-11-23', pseudonymKey: TEST_KEY })).toBe(false);
    const rows = await t.rows<{ key_hash: string }>(sql`select key_hash from delivery_receipts`);
    expect(JSON.stringify(rows)).not.toContain('evt-9');
  });
});

describe.runIf(testBackends().includes('postgres'))('two instances on one PostgreSQL', () => {
  let t: TestDatabase;
  let second: Database;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ first: t, second, close } = await openTwoPostgresInstances());
  });
  afterAll(async () => {
    await close?.();
  });

  it('ingesting the same messages concurrently stores each once, with its findings once', async () => {
    const items: IngestItem[] = [];
    for (let i = 0; i < 600; i++) items.push(i % 3 === 0 ? burdenItem({ channel: 'c-race' }) : cleanItem({ channel: 'c-race' }));
    const reversed = [...items].reverse();
    // Overlapping batches in different orders from two connection pools, several at a time.
    const batches = (list: IngestItem[]) => [0, 150, 300, 450].map((s) => list.slice(s, s + 200));
    const results = await Promise.all([
      ...batches(items).map((b) => ingestMessages(t.db, { items: b, pseudonymKey: TEST_KEY })),
      ...batches(reversed).map((b) => ingestMessages(second.db, { items: b, pseudonymKey: TEST_KEY })),
    ]);
    expect(await counts(t, 'c-race')).toEqual({ messages: 600, findings: 400 });
    const storedIds = results.flat().filter((o) => o.stored).map((o) => o.messageId);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect(storedIds).toHaveLength(600);
  });
});
