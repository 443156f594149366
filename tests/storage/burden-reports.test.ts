import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../storage/repositories/audit-log.js';
import {
  fileBurdenReport,
  getBurdenReportStatus,
  listBurdenReports,
  setBurdenReportStatus,
} from '../../storage/repositories/burden-reports.js';
import { unsealReporter } from '../../storage/seal-reporter.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';

const sealKey = randomBytes(32);
const reporter = { platform: 'wechat', id: 'wxid_cadre_007', name: '李娜' };

describe.each(testBackends())('burden reports on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  it('files a named report with the identity sealed, readable only with the key, and never returned', async () => {
    const filed = await fileBurdenReport(t.db, {
      content: '县农业农村局要求每天在群里打卡上传照片',
      township: '丹水镇',
      department: '县农业农村局',
      reporter,
      sealKey,
      receivedAt: new Date('2026-11-23T23:30:00+08:00'),
    });
    expect(filed.reportNo).toMatch(/^JB-2026-[2-9A-HJKMNP-TV-Z]{6}$/);
    expect(filed).toMatchObject({ receivedOn: '2026-11-23', identityStored: true });

    const [row] = await t.rows<{ reporter_sealed: string }>(sql`select reporter_sealed from burden_reports where report_no = ${filed.reportNo}`);
    expect(row!.reporter_sealed).not.toContain('wxid_cadre_007');
    expect(unsealReporter({ sealed: row!.reporter_sealed, key: sealKey, reportNo: filed.reportNo })).toEqual(reporter);
    expect(() => unsealReporter({ sealed: row!.reporter_sealed, key: randomBytes(32), reportNo: filed.reportNo })).toThrow('密钥不对');
    expect(() => unsealReporter({ sealed: row!.reporter_sealed, key: sealKey, reportNo: 'JB-2026-OTHER1' })).toThrow();

    // Everything the bot and the digest can read, plus the audit log: no trace of the reporter.
    const visible = JSON.stringify([
      await getBurdenReportStatus(t.db, { reportNo: filed.reportNo }),
      await listBurdenReports(t.db, { fromDay: '2026-11-01', toDay: '2026-11-30' }),
      await listAudit(t.db, { subject: filed.reportNo }),
    ]);
    expect(visible).not.toMatch(/wxid_cadre_007|李娜|reporter/);
  });

  it('stores no identity at all without a seal key, or when the reporter stays anonymous', async () => {
    const noKey = await fileBurdenReport(t.db, { content: '借调半年不放人', reporter, sealKey: null });
    const anonymous = await fileBurdenReport(t.db, { content: '每周都要填同一张表', sealKey });
    expect(noKey.identityStored).toBe(false);
    expect(anonymous.identityStored).toBe(false);
    const rows = await t.rows<{ reporter_sealed: string | null }>(
      sql`select reporter_sealed from burden_reports where report_no in (${noKey.reportNo}, ${anonymous.reportNo})`,
    );
    expect(rows).toEqual([{ reporter_sealed: null }, { reporter_sealed: null }]);
  });

  it('answers a status lookup by number, as typed on a phone, with the status only', async () => {
    const filed = await fileBurdenReport(t.db, { content: '要求签订责任状', township: '回车镇', sealKey: null });
    const typed = filed.reportNo.toLowerCase().replace(/-/g, '－');
    expect(await getBurdenReportStatus(t.db, { reportNo: typed })).toMatchObject({ reportNo: filed.reportNo, status: 'received', statusLabel: '已受理', note: null });
    const moved = await setBurdenReportStatus(t.db, { reportNo: filed.reportNo, status: 'confirmed', by: 'inspector-1', note: '已责令整改' });
    expect(moved!.previous).toBe('received');
    const status = await getBurdenReportStatus(t.db, { reportNo: filed.reportNo });
    expect(status).toMatchObject({ status: 'confirmed', statusLabel: '经核查属实', note: '已责令整改' });
    expect(Object.keys(status!).sort()).toEqual(['note', 'receivedOn', 'reportNo', 'status', 'statusLabel', 'updatedAt']);
    expect(await getBurdenReportStatus(t.db, { reportNo: 'JB-2026-ZZZZZZ' })).toBeNull();
  });

  it('gives numbers that do not reveal each other', async () => {
    const numbers = new Set<string>();
    for (let i = 0; i < 20; i++) numbers.add((await fileBurdenReport(t.db, { content: `第${i}条`, sealKey: null })).reportNo);
    expect(numbers.size).toBe(20);
    const tails = [...numbers].map((n) => n.slice(-6)).sort();
    expect(tails[0]).not.toBe(tails[1]);
  });

  it('refuses an empty report with a sentence that says what to write', async () => {
    await expect(fileBurdenReport(t.db, { content: '   ', sealKey: null })).rejects.toThrow('举报内容不能为空');
  });
});
