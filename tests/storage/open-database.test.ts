import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskDatabaseUrl } from '../../storage/database-errors.js';
import { openDatabase } from '../../storage/open-database.js';
import { ensurePgliteTemplate, openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';

describe('openDatabase', () => {
  it('names the unreachable server in Chinese with the password masked', async () => {
    const url = 'postgres://postgres:s3cret@127.0.0.1:1/test';
    const err = await openDatabase({ databaseUrl: url }).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err).not.toBeNull();
    expect(err!.message).toBe(
      '无法连接数据库 postgres://postgres:***@127.0.0.1:1/test：连接被拒绝。请确认数据库已启动，或删除 DATABASE_URL 改用内置数据库。',
    );
    expect(err!.message).not.toContain('s3cret');
    expect(err!.code).toBe('DATABASE_UNAVAILABLE');
    expect(err!.cause).toBeDefined();
  });

  it('masks passwords and query strings in any URL it prints', () => {
    expect(maskDatabaseUrl('postgres://u:p%40ss@db.example:6543/jf?password=x')).toBe('postgres://u:***@db.example:6543/jf');
    expect(maskDatabaseUrl('postgres://postgres@127.0.0.1/test')).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('opens PGlite under <dataDir>/pglite and refuses a second opener of the same directory', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jf-open-'));
    // A migrated copy: creating a PGlite from nothing costs seconds; openDatabase still migrates (no-op).
    cpSync(await ensurePgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
    try {
      const first = await openDatabase({ dataDir, databaseUrl: null });
      try {
        expect(first.kind).toBe('pglite');
        expect(first.location).toBe(path.join(dataDir, 'pglite'));
        await expect(openDatabase({ dataDir, databaseUrl: null })).rejects.toThrow(/已在本进程中打开/);
      } finally {
        await first.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(testBackends())('migrated schema on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  it('has every table, and rows() gives a plain array on either driver', async () => {
    const rows = await t.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = current_schema() order by table_name`,
    );
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['alerts', 'audit_log', 'burden_reports', 'chat_messages', 'findings', 'inspections', 'report_runs', 'secondments', 'veto_items']),
    );
  });

  it('refuses to store text for a message without findings (CHECK constraint)', async () => {
    await expect(
      t.db.execute(
        sql`insert into chat_messages (platform, channel_id, platform_message_id, sender_hash, sent_at, text, has_findings)
            values ('console', 'g', 'x1', 'h', now(), '闲聊', false)`,
      ),
    ).rejects.toThrow();
  });

  it('keeps the audit log append-only at the database level', async () => {
    await t.db.execute(sql`insert into audit_log (actor, action) values ('tester', 'probe')`);
    await expect(t.db.execute(sql`update audit_log set actor = 'forger'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await t.rows<{ actor: string }>(sql`select actor from audit_log`);
    expect(rows).toEqual([{ actor: 'tester' }]);
  });
});
