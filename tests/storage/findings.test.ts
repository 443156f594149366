import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFinding } from '../../checks/types.js';
import { formatFindingNumber, parseFindingNumber } from '../../storage/finding-number.js';
import { listAudit } from '../../storage/repositories/audit-log.js';
import { getFinding, listFindings, setFindingStatus, syncRecordFindings } from '../../storage/repositories/findings.js';
import { ingestMessage } from '../../storage/repositories/messages.js';
import { importRegisterRows } from '../../storage/repositories/registers.js';
import { countFindingsByRuleDepartmentTownship } from '../../storage/repositories/weekly-aggregate.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';
import { burdenItem, finding, item, TEST_KEY } from './fixtures.js';

describe('finding numbers', () => {
  it('formats and parses what people type on a phone', () => {
    expect(formatFindingNumber(123)).toBe('F-000123');
    expect(formatFindingNumber(12345678)).toBe('F-12345678');
    for (const typed of ['F-000123', 'f-123', 'F123', 'Ｆ－０００１２３', ' F-000123 ']) expect(parseFindingNumber(typed)).toBe(123);
    for (const bad of ['F-', 'JB-2026-0042', '123', 'F-0', 'F-12a']) expect(parseFindingNumber(bad)).toBeNull();
  });
});

const basis = [{ source: '000', document: '《测试》', section: '借调', quote: '借调不超过3个月' }];
const rf = (check: RecordFinding['check'], ref: string, rule: RecordFinding['rule'] = 'R10'): RecordFinding => ({ check, rule, ref, message: `${ref} 违规`, basis });

describe.each(testBackends())('findings on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  it('moves a status with who and why, into the finding and the audit log', async () => {
    const stored = await ingestMessage(t.db, { item: burdenItem({ channel: 'c-status' }), pseudonymKey: TEST_KEY });
    const id = stored.findingIds[0]!;
    const changed = await setFindingStatus(t.db, { id, status: 'confirmed', by: 'slack:U-INSPECTOR', reason: '经核实属实' });
    expect(changed!.previous).toBe('open');
    expect(changed!.finding).toMatchObject({ number: formatFindingNumber(id), status: 'confirmed', statusBy: 'slack:U-INSPECTOR', statusReason: '经核实属实' });
    expect(changed!.finding.statusAt).toBeInstanceOf(Date);
    expect(changed!.finding.messageText).toContain('打卡');

    const audit = await listAudit(t.db, { subject: formatFindingNumber(id) });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'slack:U-INSPECTOR', action: 'finding.status', details: { from: 'open', to: 'confirmed', reason: '经核实属实' } });
    expect(await setFindingStatus(t.db, { id: 99_999_999, status: 'dismissed', by: 'x', reason: 'y' })).toBeNull();
  });

  it('stores record findings once per record and check, resolves fixed ones and reopens recurring ones', async () => {
    await importRegisterRows(t.db, {
      kind: 'secondment',
      enteredBy: 'cli',
      source: 'test',
      rows: [
        { id: 'S-A', person: '甲', township: '丹水镇', hireDate: '2010-01-01', borrowingUnit: '县发改委', start: '2026-01-01', end: null, returnedOn: null, approvalRef: null },
        { id: 'S-B', person: '乙', township: '回车镇', hireDate: '2010-01-01', borrowingUnit: '县财政局', start: '2026-01-01', end: null, returnedOn: null, approvalRef: null },
      ],
    });
    const checks = ['secondment-no-term', 'secondment-unapproved'];
    const asOf = new Date('2026-11-23T00:00:00+08:00');
    const first = await syncRecordFindings(t.db, { findings: [rf('secondment-no-term', 'S-A'), rf('secondment-unapproved', 'S-B')], asOf, checks });
    expect(first.created.map((f) => [f.recordRef, f.check, f.department, f.township])).toEqual([
      ['S-A', 'secondment-no-term', '县发改委', '丹水镇'],
      ['S-B', 'secondment-unapproved', '县财政局', '回车镇'],
    ]);
    // The daily scan runs again: nothing new.
    const again = await syncRecordFindings(t.db, { findings: [rf('secondment-no-term', 'S-A'), rf('secondment-unapproved', 'S-B')], asOf, checks });
    expect(again).toEqual({ created: [], reopened: [], resolved: [] });
    // S-B got its approval: resolved by the system.
    const fixed = await syncRecordFindings(t.db, { findings: [rf('secondment-no-term', 'S-A')], asOf, checks });
    expect(fixed.resolved.map((f) => [f.recordRef, f.status, f.statusBy])).toEqual([['S-B', 'resolved', 'system']]);
    // …and lost it again: the same finding reopens, no second one appears.
    const back = await syncRecordFindings(t.db, { findings: [rf('secondment-no-term', 'S-A'), rf('secondment-unapproved', 'S-B')], asOf, checks });
    expect(back.reopened.map((f) => f.id)).toEqual(fixed.resolved.map((f) => f.id));
    const [{ n }] = (await t.rows<{ n: number }>(sql`select count(*)::int as n from findings where source_kind = 'record'`)) as [{ n: number }];
    expect(n).toBe(2);
    // A run that covered other checks leaves these alone.
    expect((await syncRecordFindings(t.db, { findings: [], asOf, checks: ['veto-unlisted'] })).resolved).toEqual([]);
  });

  it('lists a period and counts the week by rule × department × township, excluding dismissed', async () => {
    const week = { from: new Date('2026-03-02T00:00:00+08:00'), to: new Date('2026-03-09T00:00:00+08:00') };
    const at = (iso: string, extra: Partial<Parameters<typeof item>[0]> = {}) =>
      item({ text: '各乡镇每天在群里打卡', sentAt: new Date(iso), channel: 'c-week', found: (x) => [finding(x, '打卡')], ...extra });
    await ingestMessage(t.db, { item: at('2026-03-01T23:59:59+08:00'), pseudonymKey: TEST_KEY }); // Sunday before: out
    await ingestMessage(t.db, { item: at('2026-03-02T00:00:00+08:00'), pseudonymKey: TEST_KEY }); // Monday 00:00: in
    await ingestMessage(t.db, { item: at('2026-03-04T10:00:00+08:00'), pseudonymKey: TEST_KEY });
    await ingestMessage(t.db, { item: at('2026-03-05T10:00:00+08:00', { township: '回车镇', department: '县卫健委' }), pseudonymKey: TEST_KEY });
    const dismissed = await ingestMessage(t.db, { item: at('2026-03-06T10:00:00+08:00'), pseudonymKey: TEST_KEY });
    await ingestMessage(t.db, { item: at('2026-03-09T00:00:00+08:00'), pseudonymKey: TEST_KEY }); // next Monday: out
    await setFindingStatus(t.db, { id: dismissed.findingIds[0]!, status: 'dismissed', by: 'inspector', reason: '自愿活动' });

    expect(await countFindingsByRuleDepartmentTownship(t.db, week)).toEqual([
      { rule: 'R06', department: '县农业农村局', township: '丹水镇', count: 2 },
      { rule: 'R06', department: '县卫健委', township: '回车镇', count: 1 },
    ]);
    const listed = await listFindings(t.db, { ...week, statuses: ['open'] });
    expect(listed.map((f) => f.township)).toEqual(['丹水镇', '丹水镇', '回车镇']);
    expect(listed[0]!.span).toEqual([8, 10]);
    expect(await getFinding(t.db, { id: listed[0]!.id })).toEqual(listed[0]);
  });
});
