// The week's data read from a real database (PGlite, and PostgreSQL when DATABASE_URL is
// set), seeded through the storage layer's own write paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config/load-config.js';
import { gatherWeeklyReport } from '../../reports/data/gather-weekly-report.js';
import type { WeeklyReportData } from '../../reports/data/report-data.js';
import { buildReportFiles } from '../../reports/render/build-report-files.js';
import { parseIsoWeek } from '../../reports/week.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';
import { docxText, readZip } from './support/read-zip.js';
import { REPORTER_NAME, seedWeek47 } from './support/seed-week.js';

const config = parseConfig({
  county: '西峡县',
  channels: [
    { platform: 'slack', id: 'C_DS', name: '丹水镇工作群', kind: 'township', township: '丹水镇' },
    { platform: 'slack', id: 'C_HC', name: '回车镇工作群', kind: 'township', township: '回车镇' },
  ],
  report: { casesPerRule: 2 },
});

describe.each(testBackends())('gatherWeeklyReport on %s', (backend) => {
  let t: TestDatabase;
  let data: WeeklyReportData;

  beforeAll(async () => {
    t = await openTestDatabase({ backend });
    await seedWeek47(t.db);
    data = await gatherWeeklyReport({ db: t.db, config, week: parseIsoWeek('2026-W47'), now: new Date('2026-11-23T08:30:00+08:00') });
  });
  afterAll(() => t?.close());

  it('counts breaches by rule for the week, last week and the 4-week trend, without dismissed ones', () => {
    const byRule = Object.fromEntries(data.rules.map((r) => [r.rule, r]));
    expect(byRule.R06).toMatchObject({ thisWeek: 3, lastWeek: 2, trend: [0, 0, 2, 3], average4: 1.25, title: '滥用各类软件' });
    expect(byRule.R03).toMatchObject({ thisWeek: 1, lastWeek: 0, trend: [1, 1, 0, 1] });
    // Sunday 23:59:30 counts in week 47, Monday 00:00:30 does not.
    expect(byRule.R01).toMatchObject({ thisWeek: 1, trend: [0, 1, 0, 1] });
    expect(byRule.R10).toMatchObject({ thisWeek: 1, trend: [0, 2, 0, 1] });
    expect(byRule.R04!.thisWeek).toBe(1);
    expect(data.totals).toMatchObject({
      breachesThisWeek: 7,
      breachesLastWeek: 2,
      fromMessages: 5,
      fromRegisters: 2,
      byStatus: { open: 7, confirmed: 0, dismissed: 1, resolved: 0 },
      openFromEarlier: 6, // not the week-34 one: older than the 12-week look-back
      openLookbackWeeks: 12,
      burdenReportsThisWeek: 2,
      burdenReportsLastWeek: 1,
      alertsThisWeek: 1,
      alertsLastWeek: 1,
    });
  });

  it('titles the report with the county and the week, issued by the county office', () => {
    expect(data.title).toBe('西峡县基层减负监测周报（2026年第47周）');
    expect(data.issuer).toBe('西峡县纪委监委');
    expect(data.trendWeeks.map((w) => w.label)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
  });

  it('attributes breaches to departments and the townships they burdened', () => {
    expect(data.sources.map((s) => [s.source, s.total])).toEqual([
      ['县农业农村局', 3],
      ['县文明办', 2],
      ['县发改委', 1],
      ['县委县政府督查局', 1],
    ]);
    expect(data.sources[0]).toMatchObject({ byRule: { R06: 2, R03: 1 }, townships: [{ township: '丹水镇', count: 3 }] });
    expect(data.sources[1]).toMatchObject({ byRule: { R06: 1, R04: 1 }, townships: [{ township: '回车镇', count: 1 }] });
  });

  it('picks notable cases across departments, with the message in context and the channel name', () => {
    const r06 = data.cases.find((g) => g.rule === 'R06')!;
    expect(r06.total).toBe(3);
    expect(r06.cases.map((c) => c.department)).toEqual(['县文明办', '县农业农村局']);
    const [wenming, nong] = r06.cases;
    expect(wenming).toMatchObject({ where: '回车镇工作群', township: '回车镇', status: 'open', origin: 'message', excerpt: '各村转发创建文章到朋友圈，截图发群里统计。' });
    expect(nong!.excerpt).toBe('今天所有村干部在群里发实时位置，五分钟内回复。');
    expect(nong!.number).toMatch(/^F-\d{6}$/);
    expect(nong!.basis[0]!.quote).toContain('打卡、截图');
    const r10 = data.cases.find((g) => g.rule === 'R10')!;
    expect(r10.cases[0]).toMatchObject({ origin: 'record', where: '借调台账', excerpt: '张伟（丹水镇）借调至县发改委，已超过 3 个月期限 23 天' });
    expect(data.cases.map((g) => g.rule)).toEqual(['R01', 'R03', 'R04', 'R06', 'R10']);
  });

  it('lists register problems found this week and those still open at its end', () => {
    const refs = (list: { ref: string; carriedOver: boolean }[]) => list.map((e) => [e.ref, e.carriedOver]);
    expect(refs(data.registers.inspections)).toEqual([['I-01', true]]);
    // S-09 was settled in week 46: gone. S-08 was settled only after week 47 ended: listed.
    expect(refs(data.registers.secondments)).toEqual([['S-01', false], ['S-08', true]]);
    expect(refs(data.registers.vetoes)).toEqual([['V-02', false]]);
    expect(data.registers).toMatchObject({ fresh: 2, carriedOver: 2, omitted: { inspections: 0, secondments: 0, vetoes: 0 } });
    expect(data.registers.inspections[0]).toMatchObject({ check: 'inspection-unapproved', department: '县农业农村局', township: '丹水镇、田关镇' });
  });

  it('lists the week’s burden reports by day and township, never the reporter', async () => {
    expect(data.burdenReports.map((r) => [r.receivedOn, r.township, r.status])).toEqual([
      ['2026-11-18', '田关镇', 'received'],
      ['2026-11-22', null, 'received'],
    ]);
    expect(data.burdenReports[0]!.number).toMatch(/^JB-2026-[A-Z2-9]{6}$/);
    const files = await buildReportFiles(data);
    const docText = docxText(readZip(files.docx).get('word/document.xml')!.toString('utf8'));
    for (const text of [files.markdown, files.html, docText, JSON.stringify(data)]) {
      expect(text).not.toContain(REPORTER_NAME);
      expect(text).not.toContain('U-REPORTER');
    }
    expect(files.markdown).toContain('本周第三次要求重新填报同一张巡查表。');
  });

  it('gives a complete, empty report for a week with no data', async () => {
    const empty = await gatherWeeklyReport({ db: t.db, config, week: parseIsoWeek('2026-W30') });
    expect(empty.totals.breachesThisWeek).toBe(0);
    expect(empty.cases).toEqual([]);
    expect(empty.sources).toEqual([]);
    const files = await buildReportFiles(empty);
    expect(files.markdown).toContain('未发现违反“十不得”规定的线索');
  });
});
