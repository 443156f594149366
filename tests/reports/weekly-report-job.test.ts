// The weekly digest job against a real SMTP server on loopback and a real database:
// exactly one mail per recipient and week, across repeated and concurrent runs, missed
// weeks, failures with back-off, and crashes mid-send.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox } from '../../bot/adapters/outbox.js';
import type { ChatAdapter, ChatTarget } from '../../bot/adapters/types.js';
import { parseConfig } from '../../bot/config/load-config.js';
import type { ConfigInput } from '../../bot/config/schema.js';
import { dueWeek, runWeeklyReport, type WeeklyReportDeps } from '../../bot/scheduler/weekly-report.js';
import type { ReportLogger } from '../../reports/deliver/deliver-report-run.js';
import { runSubject } from '../../reports/deliver/deliver-report-run.js';
import { createMailerFromEnv, MailConfigError, type Mailer } from '../../reports/deliver/smtp-mailer.js';
import { appendAudit } from '../../storage/repositories/audit-log.js';
import { claimReportRun, getReportRun, listReportRuns, markReportRunSent } from '../../storage/repositories/report-runs.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';
import { fileName, leaves, parseMime } from './support/parse-mime.js';
import { docxText, readZip } from './support/read-zip.js';
import { seedWeek47 } from './support/seed-week.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

/** Monday 23 Nov 2026, 09:00 in Shanghai: week 47's digest is due (schedule 08:30). */
const MONDAY_0900 = new Date('2026-11-23T09:00:00+08:00');

function memoryLogger(): ReportLogger & { lines: Array<{ level: string; msg: string; obj: object }> } {
  const lines: Array<{ level: string; msg: string; obj: object }> = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, msg: msg ?? '', obj });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A chat adapter that records what the real outbox routes to it. */
function recordingAdapter(platform: 'slack' | 'wechat' = 'slack'): ChatAdapter & { sent: Array<{ target: ChatTarget; text: string }>; failing: boolean } {
  const sent: Array<{ target: ChatTarget; text: string }> = [];
  const adapter = {
    platform,
    sent,
    failing: false,
    start: async () => undefined,
    stop: async () => undefined,
    async sendToChannel(channelId: string, text: string) {
      if (adapter.failing) throw new Error('Slack API 503');
      sent.push({ target: { platform, channelId }, text });
    },
    async sendToUser(userId: string, text: string) {
      sent.push({ target: { platform, userId }, text });
    },
  };
  return adapter;
}

describe('dueWeek', () => {
  it('is last week only from the scheduled time on Monday (Asia/Shanghai)', () => {
    expect(dueWeek(new Date('2026-11-23T08:29:59+08:00'), '30 8 * * 1').label).toBe('2026-W46');
    expect(dueWeek(new Date('2026-11-23T08:30:00+08:00'), '30 8 * * 1').label).toBe('2026-W47');
    expect(dueWeek(new Date('2026-11-23T00:00:00+08:00'), '0 0 * * 1').label).toBe('2026-W47');
    expect(dueWeek(new Date('2026-11-22T23:59:59+08:00'), '0 0 * * 1').label).toBe('2026-W46');
    // A Tuesday schedule: the digest of week 47 waits until Tuesday 24 Nov 09:00.
    expect(dueWeek(new Date('2026-11-24T08:59:00+08:00'), '0 9 * * 2').label).toBe('2026-W46');
    expect(dueWeek(new Date('2026-11-24T09:00:00+08:00'), '0 9 * * 2').label).toBe('2026-W47');
  });
});

describe('createMailerFromEnv', () => {
  it('reads SMTP_URL and explains a bad one in Chinese', () => {
    expect(createMailerFromEnv({})).toBeNull();
    expect(createMailerFromEnv({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525' })).not.toBeNull();
    expect(() => createMailerFromEnv({ SMTP_URL: 'http://mail' })).toThrow(MailConfigError);
    expect(() => createMailerFromEnv({ SMTP_URL: 'not a url' })).toThrow(/smtp:\/\/用户名:密码@邮件服务器:587/);
  });
});

describe.each(testBackends())('runWeeklyReport on %s', (backend) => {
  let t: TestDatabase;
  let smtp: SmtpSink;
  let mailer: Mailer;
  let n = 0;

  beforeAll(async () => {
    t = await openTestDatabase({ backend });
    await seedWeek47(t.db);
    smtp = await startSmtpSink();
    mailer = createMailerFromEnv({ SMTP_URL: smtp.url })!;
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });
  afterEach(() => {
    smtp.mode = 'accept';
  });

  /** Time passing for a claim: its lease ends (the claim functions compare with the database clock). */
  async function expireLease(key: { week: string; recipient: string }) {
    await t.db.execute(sql`UPDATE report_runs SET lease_until = now() - interval '1 second' WHERE week = ${key.week} AND recipient = ${key.recipient}`);
  }

  /** A fresh set of recipients per test, so tests do not share report runs. */
  function setup(extra: Partial<ConfigInput> = {}, emails = 1) {
    const id = ++n;
    const office = Array.from({ length: emails }, (_, i) => `jiwei${id}-${i}@xixia.gov.cn`);
    const config = parseConfig({
      county: '西峡县',
      office: { name: '县纪委监委', email: office, channels: [`slack:C0OFFICE${id}`] },
      admins: [`slack:@UADMIN${id}`],
      ...extra,
    });
    const adapter = recordingAdapter();
    const logger = memoryLogger();
    const deps = (now: Date, options: WeeklyReportDeps['options'] = {}): WeeklyReportDeps => ({
      db: t.db,
      config,
      now,
      outbox: createOutbox([adapter]),
      mailer,
      logger,
      options: { retryDelaysMs: [], leaseMs: 60_000, ...options },
    });
    const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
    const channel = (c: string) => adapter.sent.filter((s) => s.target.channelId === c).map((s) => s.text);
    const adminNotes = () => adapter.sent.filter((s) => s.target.userId === `UADMIN${id}`).map((s) => s.text);
    return { id, office, config, adapter, logger, deps, mailsTo, channel, adminNotes };
  }

  it('sends the due week once per recipient: e-mail with the DOCX attached, and the chat in parts', async () => {
    const s = setup({}, 2);
    // Two instances at once, then a restart: still one copy each.
    const [a, b] = await Promise.all([runWeeklyReport(s.deps(MONDAY_0900, { owner: 'bot-1' })), runWeeklyReport(s.deps(MONDAY_0900, { owner: 'bot-2' }))]);
    await runWeeklyReport(s.deps(new Date(MONDAY_0900.getTime() + 3600_000), { owner: 'bot-1' }));
    expect(a.dueWeek).toBe('2026-W47');
    expect([...a.deliveries, ...b.deliveries].filter((d) => d.status === 'sent')).toHaveLength(3);

    for (const address of s.office) {
      const mails = s.mailsTo(address);
      expect(mails).toHaveLength(1);
      const mime = parseMime(mails[0]!.raw);
      expect(mime.headers.get('subject')).toBe('西峡县基层减负监测周报（2026年第47周）');
      expect(mime.headers.get('x-jianfu-week')).toBe('2026-W47');
      const parts = leaves(mime);
      const html = parts.find((p) => p.headers.get('content-type')?.startsWith('text/html'))!.body.toString('utf8');
      const text = parts.find((p) => p.headers.get('content-type')?.startsWith('text/plain'))!.body.toString('utf8');
      expect(html).toContain('<svg');
      expect(html).not.toContain('<script');
      expect(text.startsWith('# 西峡县基层减负监测周报（2026年第47周）')).toBe(true);
      const attachment = parts.find((p) => fileName(p)?.endsWith('.docx'))!;
      expect(fileName(attachment)).toBe('西峡县基层减负监测周报（2026年第47周）.docx');
      const doc = docxText(readZip(attachment.body).get('word/document.xml')!.toString('utf8'));
      expect(doc).toContain('共发现违反“十不得”规定的线索 7 条');
    }

    const chat = s.channel(`C0OFFICE${s.id}`);
    expect(chat.length).toBeGreaterThanOrEqual(1);
    expect(chat.every((p) => p.length <= 3500)).toBe(true);
    expect(chat[0]!.startsWith('# 西峡县基层减负监测周报（2026年第47周）')).toBe(true);
    expect(chat.join('\n')).toContain('## 七、说明');
    expect(chat.join('\n')).toContain('本周第三次要求重新填报同一张巡查表。');
    const runs = await listReportRuns(t.db, { week: '2026-W47' });
    expect(runs.filter((r) => r.recipient.endsWith(`${s.id}-0@xixia.gov.cn`) || r.recipient === `slack:C0OFFICE${s.id}`).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(s.adminNotes()).toEqual([]);
  });

  it('does not send a week before its scheduled time', async () => {
    const s = setup();
    const early = await runWeeklyReport(s.deps(new Date('2026-11-23T08:00:00+08:00')));
    expect(early.dueWeek).toBe('2026-W46');
    expect(s.mailsTo(s.office[0]!).map((m) => parseMime(m.raw).headers.get('subject'))).toEqual(['西峡县基层减负监测周报（2026年第46周）']);
    await runWeeklyReport(s.deps(MONDAY_0900));
    expect(s.mailsTo(s.office[0]!).map((m) => parseMime(m.raw).headers.get('subject'))).toEqual([
      '西峡县基层减负监测周报（2026年第46周）',
      '西峡县基层减负监测周报（2026年第47周）',
    ]);
  });

  it('sends the weeks missed while the bot was down, oldest first, once', async () => {
    const s = setup();
    const recipient = `email:${s.office[0]}`;
    // Week 44 went out before the bot stopped.
    expect(await claimReportRun(t.db, { week: '2026-W44', recipient, owner: 'old' })).toBe(true);
    await markReportRunSent(t.db, { week: '2026-W44', recipient, owner: 'old' });
    await runWeeklyReport(s.deps(MONDAY_0900));
    await runWeeklyReport(s.deps(MONDAY_0900));
    expect(s.mailsTo(s.office[0]!).map((m) => parseMime(m.raw).headers.get('x-jianfu-week'))).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    // The chat channel had no earlier run: it gets only the newest week.
    expect(s.channel(`C0OFFICE${s.id}`).filter((p) => p.startsWith('#')).map((p) => p.split('\n')[0])).toEqual(['# 西峡县基层减负监测周报（2026年第47周）']);
  });

  it('retries a failed delivery with back-off, tells the admin, and still sends only once', async () => {
    const s = setup();
    const address = s.office[0]!;
    smtp.mode = 'reject';
    const first = await runWeeklyReport(s.deps(MONDAY_0900, { retryDelaysMs: [20, 40] }));
    const failed = first.deliveries.find((d) => d.recipient === `email:${address}`)!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, willRetry: true });
    expect(smtp.attempts).toBeGreaterThanOrEqual(3); // in-process retries happened
    expect(s.mailsTo(address)).toHaveLength(0);
    expect(s.adminNotes()).toHaveLength(1);
    expect(s.adminNotes()[0]).toContain(`【减负哨兵】西峡县基层减负监测周报（2026年第47周）发送失败`);
    expect(s.adminNotes()[0]).toContain('邮箱暂时不可用');
    expect(s.adminNotes()[0]).toContain('后自动重试');
    expect(s.logger.lines.some((l) => l.level === 'error' && l.msg === 'weekly report delivery failed')).toBe(true);
    const run = await getReportRun(t.db, { week: '2026-W47', recipient: `email:${address}` });
    expect(run).toMatchObject({ status: 'failed', attempts: 1 });
    expect(run!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // The server is back, but the back-off has not passed: nothing is sent yet.
    smtp.mode = 'accept';
    await runWeeklyReport(s.deps(MONDAY_0900));
    expect(s.mailsTo(address)).toHaveLength(0);
    // Once it has, the next run sends it — once.
    await t.db.execute(sql`UPDATE report_runs SET next_attempt_at = now() - interval '1 second' WHERE recipient = ${`email:${address}`}`);
    await runWeeklyReport(s.deps(MONDAY_0900));
    await runWeeklyReport(s.deps(MONDAY_0900));
    expect(s.mailsTo(address)).toHaveLength(1);
    expect(await getReportRun(t.db, { week: '2026-W47', recipient: `email:${address}` })).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after the last attempt and says so to the admin', async () => {
    const s = setup();
    smtp.mode = 'reject';
    const r = await runWeeklyReport(s.deps(MONDAY_0900, { maxAttempts: 1 }));
    expect(r.deliveries.find((d) => d.recipient.startsWith('email:'))).toMatchObject({ status: 'failed', willRetry: false });
    expect(s.adminNotes()[0]).toContain('已达到重试上限');
  });

  it('resumes a chat report at the first part that failed, without repeating earlier parts', async () => {
    const s = setup();
    // WeChat takes ~1,800 characters a message, so the digest goes out in several parts.
    const config = parseConfig({ ...s.config, office: { name: '县纪委监委', email: [], channels: [`wechat:ROOM${s.id}`] } });
    const wechat = recordingAdapter('wechat');
    let calls = 0;
    const original = wechat.sendToChannel.bind(wechat);
    wechat.sendToChannel = async (channelId, text) => {
      if (++calls === 2) throw new Error('WeChat 发送失败');
      return original(channelId, text);
    };
    const r = await runWeeklyReport({ ...s.deps(MONDAY_0900, { retryDelaysMs: [10] }), config, outbox: createOutbox([wechat]) });
    expect(r.deliveries[0]).toMatchObject({ status: 'sent' });
    const parts = wechat.sent.map((x) => x.text);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(calls).toBe(parts.length + 1); // one failed call, every part delivered once
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.every((p) => p.length <= 1800)).toBe(true);
    expect(parts[0]!.startsWith('# 西峡县基层减负监测周报（2026年第47周）')).toBe(true);
    expect(parts[1]).toMatch(/^（续）西峡县基层减负监测周报（2026年第47周）（2\/\d+）/);
    expect(parts.at(-1)).toContain('## 七、说明');
  });

  it('after a crash before anything was transmitted, sends on restart — once', async () => {
    const s = setup();
    const key = { week: '2026-W47', recipient: `email:${s.office[0]}` };
    // The dead process claimed the run and died before transmitting anything.
    expect(await claimReportRun(t.db, { ...key, owner: 'dead', leaseMs: 600_000 })).toBe(true);
    await runWeeklyReport(s.deps(MONDAY_0900)); // lease still valid: the run is someone else's
    expect(s.mailsTo(s.office[0]!)).toHaveLength(0);
    await expireLease(key);
    await runWeeklyReport(s.deps(MONDAY_0900));
    await runWeeklyReport(s.deps(MONDAY_0900));
    expect(s.mailsTo(s.office[0]!)).toHaveLength(1);
    expect(await getReportRun(t.db, key)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('after a crash mid-transmission, does not send again and asks the admin to check', async () => {
    const s = setup();
    const key = { week: '2026-W47', recipient: `email:${s.office[0]}` };
    expect(await claimReportRun(t.db, { ...key, owner: 'dead', leaseMs: 600_000 })).toBe(true);
    await appendAudit(t.db, { actor: 'dead', action: 'report.transmitting', subject: runSubject(key), details: { attempt: 1, part: 0, of: 1 } });
    await expireLease(key);
    const r = await runWeeklyReport(s.deps(MONDAY_0900));
    await runWeeklyReport(s.deps(new Date(MONDAY_0900.getTime() + 86_400_000)));
    expect(r.deliveries.find((d) => d.recipient === key.recipient)).toMatchObject({ status: 'uncertain' });
    expect(s.mailsTo(s.office[0]!)).toHaveLength(0);
    expect(await getReportRun(t.db, key)).toMatchObject({ status: 'failed' });
    expect((await getReportRun(t.db, key))!.lastError).toContain('无法确认是否送达');
    expect(s.adminNotes().some((x) => x.includes('可能未送达') && x.includes('jianfu report --week 2026-W47'))).toBe(true);
  });

  it('a sender stalled past its lease is taken over without a second transmission', async () => {
    const s = setup();
    const address = s.office[0]!;
    const before = smtp.attempts;
    smtp.mode = 'stall';
    // Instance 1 hangs inside the SMTP transaction (as if frozen).
    const stuck = runWeeklyReport(s.deps(MONDAY_0900, { owner: 'frozen', leaseMs: 300, retryDelaysMs: [10, 10] }));
    while (smtp.attempts === before) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 400));
    smtp.mode = 'accept';
    // Instance 2 comes after the lease: the transmission may have arrived, so it does not repeat it.
    const second = await runWeeklyReport(s.deps(MONDAY_0900, { owner: 'healthy' }));
    expect(second.deliveries.find((d) => d.recipient === `email:${address}`)).toMatchObject({ status: 'uncertain' });
    // Instance 1 wakes up with an error: it has lost the claim and must not try again.
    smtp.releaseStalled();
    const first = await stuck;
    expect(first.deliveries.find((d) => d.recipient === `email:${address}`)).toMatchObject({ status: 'skipped' });
    expect(smtp.attempts - before).toBe(1);
    expect(s.mailsTo(address)).toHaveLength(0);
  });

  it('waits for SMTP_URL without losing the week, and tells the admin once', async () => {
    const s = setup();
    const address = s.office[0]!;
    const noMail = (now: Date) => ({ ...s.deps(now), mailer: null });
    const r = await runWeeklyReport(noMail(MONDAY_0900));
    await runWeeklyReport(noMail(MONDAY_0900));
    expect(r.waiting).toEqual([{ week: '2026-W47', recipient: `email:${address}`, reason: '未设置环境变量 SMTP_URL' }]);
    expect(s.adminNotes().filter((x) => x.includes('暂未发出'))).toHaveLength(1);
    // A week later SMTP is configured: both the waiting week and the new one go out.
    await runWeeklyReport(s.deps(new Date('2026-11-30T09:00:00+08:00')));
    expect(s.mailsTo(address).map((m) => parseMime(m.raw).headers.get('x-jianfu-week'))).toEqual(['2026-W47', '2026-W48']);
  });
});
