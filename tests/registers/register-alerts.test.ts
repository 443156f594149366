// The daily secondment alerts: who hears what, exactly once per alert key across
// restarts and concurrent instances, overdue again each week until resolved, failed sends
// retried, and texts that ask nothing of anyone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatTarget, Outbox } from '../../bot/adapters/types.js';
import { parseConfig } from '../../bot/config/load-config.js';
import { storeRegisterRecords } from '../../bot/registers/import-register-file.js';
import { runRegisterAlerts } from '../../bot/scheduler/register-alerts.js';
import { validateRecordSet } from '../../checks/records/validate-records.js';
import type { Database } from '../../storage/database.js';
import { listFindings } from '../../storage/repositories/findings.js';
import { testBackends } from '../support/db.js';
import { reopenableDb, type ReopenableDb } from './support/reopenable-db.js';

const logger = pino({ level: 'silent' });

/** An Outbox that records what the adapters would have posted. */
class RecordingOutbox implements Outbox {
  readonly sent: { to: string; text: string }[] = [];
  failNext = 0;
  async send(target: ChatTarget, text: string): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('Slack API: channel_not_found');
    }
    this.sent.push({ to: target.userId ? `${target.platform}:user:${target.userId}` : `${target.platform}:${target.channelId}`, text });
  }
  refs(check: string): string[] {
    return this.sent.filter((s) => s.text.includes(check)).map((s) => s.to);
  }
}

const config = parseConfig({
  county: '西峡县',
  channels: [
    { platform: 'slack', id: 'C_DS', kind: 'township', township: '丹水镇' },
    { platform: 'slack', id: 'C_HC', kind: 'township', township: '回车镇' },
    { platform: 'slack', id: 'C_TP', kind: 'township', township: '太平镇' },
    { platform: 'wechat', id: '回车镇工作群', kind: 'township', township: '回车镇人民政府' },
    { platform: 'slack', id: 'C_FGW', kind: 'department', department: '县发改委' },
    { platform: 'slack', id: 'C_XF', kind: 'department', department: '信访局' },
    { platform: 'slack', id: 'C_JT', kind: 'department', department: '县教体局' },
    { platform: 'slack', id: 'C_CZ', kind: 'department', department: '县财政局' },
  ],
  office: { channels: ['slack:C_OFFICE', 'slack:user:U_JIWEI'] },
});

const corpus = JSON.parse(readFileSync(path.resolve('tests/fixtures/registers/secondments-xixia.json'), 'utf8')) as { secondments: unknown[] };

async function seed(db: Database): Promise<void> {
  const { records, errors } = validateRecordSet({ secondments: corpus.secondments });
  expect(errors).toEqual([]);
  await storeRegisterRecords(db.db, { kind: 'secondments', records: records.secondments, enteredBy: 'test', source: 'seed' });
}

describe.each(testBackends())('register alerts on %s', (backend) => {
  let store: ReopenableDb;
  let db: Database;
  beforeAll(async () => {
    store = await reopenableDb(backend);
    db = await store.open();
    await seed(db);
  });
  afterAll(async () => {
    await db?.close();
    await store?.destroy();
  });

  it('sends each alert to the township, the borrowing unit and (for breaches) the office, once', async () => {
    const outbox = new RecordingOutbox();
    const r = await runRegisterAlerts({ db: db.db, config, asOf: '2026-11-23', outbox, logger, owner: 'bot-1' });
    expect(r.failed).toBe(0);
    expect(r.sent).toBe(outbox.sent.length);
    const to = (ref: string, title: string): string[] => outbox.sent.filter((s) => s.text.includes(title) && s.text.includes(ref)).map((s) => s.to).sort();
    // Due soon: township (both its Slack and WeChat groups) and borrowing unit, not the office.
    expect(to('周强', '借调到期提醒')).toEqual(['slack:C_JT', 'slack:C_TP']);
    expect(to('赵敏', '借调到期提醒')).toEqual(['slack:C_HC', 'slack:C_XF', 'wechat:回车镇工作群']);
    // Breaches: those and the discipline office (a channel and a person).
    expect(to('张伟', '借调超期')).toEqual(['slack:C_DS', 'slack:C_FGW', 'slack:C_OFFICE', 'slack:user:U_JIWEI']);
    expect(to('赵敏', '借调未经批准')).toEqual(['slack:C_HC', 'slack:C_OFFICE', 'slack:C_XF', 'slack:user:U_JIWEI', 'wechat:回车镇工作群']);
    expect(to('王磊', '新录用')).toEqual(['slack:C_CZ', 'slack:C_HC', 'slack:C_OFFICE', 'slack:user:U_JIWEI', 'wechat:回车镇工作群']);
    // 县委办 and 县纪委监委/县委组织部 have no channel: the township and the office still hear.
    expect(to('李娜', '借调未明确期限')).toEqual(['slack:C_DS', 'slack:C_OFFICE', 'slack:user:U_JIWEI']);
    expect(to('吴迪', '同一乡镇借调超过限额')).toEqual(['slack:C_OFFICE', 'slack:C_TP', 'slack:user:U_JIWEI']);
    expect(r.unrouted.sort()).toEqual(['S-02', 'S-07', 'S-09']);
    // Returned cadres are not alerted (S-05 is clean anyway; nothing mentions 刘洋).
    expect(outbox.sent.some((s) => s.text.includes('刘洋'))).toBe(false);

    for (const s of outbox.sent) {
      expect(s.text).toContain('无需回复');
      expect(s.text).toMatch(/依据：《/u);
      expect(s.text).not.toMatch(/请(?:回复|确认|上报|填写|截图)/u);
    }
    // The findings table now holds the register findings for the weekly digest.
    const stored = await listFindings(db.db, {});
    expect(stored.filter((f) => f.sourceKind === 'record').map((f) => `${f.check} ${f.recordRef}`)).toContain('secondment-overdue S-01');

    const second = await runRegisterAlerts({ db: db.db, config, asOf: '2026-11-23', outbox, logger, owner: 'bot-1' });
    expect(second.sent).toBe(0);
    expect(second.skipped).toBe(second.planned.length);
  });

  it('does not resend after a restart; overdue comes back once in the next ISO week', async () => {
    await db.close();
    db = await store.open();
    const outbox = new RecordingOutbox();
    const sameWeek = await runRegisterAlerts({ db: db.db, config, asOf: '2026-11-29', outbox, logger, owner: 'bot-after-restart' });
    // Sunday of the same ISO week: nothing new except S-06 now due soon? (ends 12-31: no.)
    expect(outbox.sent).toEqual([]);
    expect(sameWeek.sent).toBe(0);

    const nextWeek = await runRegisterAlerts({ db: db.db, config, asOf: '2026-11-30', outbox, logger, owner: 'bot-after-restart' });
    expect(nextWeek.failed).toBe(0);
    const titles = outbox.sent.map((s) => `${s.to} ${/【减负哨兵·([^（】]+)/u.exec(s.text)![1]} ${/】(\S+?)（/u.exec(s.text)![1]}`);
    // Overdue S-01 and S-07 again (new week); S-02 open-ended 60 days: not yet overdue.
    expect(titles.filter((t) => t.includes('借调超期')).sort()).toEqual(
      [
        'slack:C_DS 借调超期 张伟',
        'slack:C_FGW 借调超期 张伟',
        'slack:C_OFFICE 借调超期 张伟',
        'slack:user:U_JIWEI 借调超期 张伟',
        'slack:C_TP 借调超期 杨帆',
        'slack:C_OFFICE 借调超期 杨帆',
        'slack:user:U_JIWEI 借调超期 杨帆',
      ].sort(),
    );
    // Due-soon alerts already sent for the same end date are not repeated.
    expect(titles.filter((t) => t.includes('赵敏') && t.includes('到期提醒'))).toEqual([]);
  });

  it('two instances running at once send every alert exactly once', async () => {
    const asOf = '2026-12-07'; // W50: the overdue alerts are due again
    const other = backend === 'postgres' ? await store.open() : db; // PGlite allows one process per directory
    try {
      const a = new RecordingOutbox();
      const b = new RecordingOutbox();
      const [ra, rb] = await Promise.all([
        runRegisterAlerts({ db: db.db, config, asOf, outbox: a, logger, owner: 'instance-a' }),
        runRegisterAlerts({ db: other.db, config, asOf, outbox: b, logger, owner: 'instance-b' }),
      ]);
      const all = [...a.sent, ...b.sent].map((s) => `${s.to}|${s.text}`);
      expect(new Set(all).size).toBe(all.length);
      expect(ra.sent + rb.sent).toBe(all.length);
      expect(ra.planned.length).toBe(rb.planned.length);
      expect(all.length).toBeGreaterThan(0);
      // Every planned alert was sent by one of them (none lost).
      const planned = new Set(ra.planned.map((p) => p.key));
      const rows = await db.rows<{ key: string; status: string }>(sql`SELECT key, status FROM alerts WHERE payload->>'asOf' = ${asOf}`);
      expect(rows.every((r) => r.status === 'sent' && planned.has(r.key))).toBe(true);
      expect(rows.length).toBe(all.length);
    } finally {
      if (other !== db) await other.close();
    }
  });

  it('retries a failed send after its back-off, and stops alerting once the cadre is back', async () => {
    const asOf = '2026-12-14'; // W51
    const outbox = new RecordingOutbox();
    outbox.failNext = 1;
    const first = await runRegisterAlerts({ db: db.db, config, asOf, outbox, logger, owner: 'bot-1' });
    expect(first.failed).toBe(1);
    const failed = await db.rows<{ key: string; status: string; last_error: string }>(sql`SELECT key, status, last_error FROM alerts WHERE status = 'failed'`);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.last_error).toContain('channel_not_found');
    // Within the back-off nothing is resent; once it has passed, the next run delivers it.
    const early = await runRegisterAlerts({ db: db.db, config, asOf, outbox, logger, owner: 'bot-1' });
    expect(early.sent).toBe(0);
    await db.rows(sql`UPDATE alerts SET next_attempt_at = now() - interval '1 second' WHERE status = 'failed'`);
    const retry = await runRegisterAlerts({ db: db.db, config, asOf, outbox, logger, owner: 'bot-1' });
    expect(retry.sent).toBe(1);

    // 张伟 returns on 12-15 and 赵敏's approval is entered: no more alerts about 张伟, the
    // unapproved finding is resolved; the late return itself stays on record as a breach.
    const fixed = corpus.secondments.map((s) => {
      const row = s as { id: string };
      if (row.id === 'S-01') return { ...row, returnedOn: '2026-12-15' };
      if (row.id === 'S-04') return { ...row, approvalRef: '西组借〔2026〕14号' };
      return row;
    });
    const { records } = validateRecordSet({ secondments: fixed });
    await storeRegisterRecords(db.db, { kind: 'secondments', records: records.secondments, enteredBy: 'test', source: 'update' });
    const after = new RecordingOutbox();
    await runRegisterAlerts({ db: db.db, config, asOf: '2026-12-21', outbox: after, logger, owner: 'bot-1' });
    expect(after.sent.some((s) => s.text.includes('张伟'))).toBe(false);
    const findings = await listFindings(db.db, {});
    const status = (ref: string, check: string) => findings.find((f) => f.recordRef === ref && f.check === check)?.status;
    expect(status('S-04', 'secondment-unapproved')).toBe('resolved');
    expect(status('S-01', 'secondment-overdue')).toBe('open');
  });

  it('plans without sending or storing in a dry run', async () => {
    const outbox = new RecordingOutbox();
    const r = await runRegisterAlerts({ db: db.db, config, asOf: '2027-01-04', outbox, logger, dryRun: true });
    expect(r.planned.length).toBeGreaterThan(0);
    expect(outbox.sent).toEqual([]);
    const rows = await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM alerts WHERE payload->>'asOf' = '2027-01-04'`);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
