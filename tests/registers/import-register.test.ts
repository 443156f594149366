// Importing register files into the database: one transaction per file, a broken file
// imports nothing (not even its good rows), and importing the same file again changes
// nothing — not a field, not who entered it, not when.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../bot/registers/import-register-file.js';
import { loadStoredRecords } from '../../bot/registers/load-stored-records.js';
import { formatProblem } from '../../bot/registers/parse-register-file.js';
import { listRegisterProvenance } from '../../storage/repositories/registers.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';
import { streetSecondmentsWorkbook } from './support/street-workbook.js';

const FIX = path.resolve('tests/fixtures/registers');

describe.each(testBackends())('register import on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  const count = async (table: string): Promise<number> => Number((await t.rows<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n);

  it('stores a CSV register, and a second import of the same file changes nothing', async () => {
    const file = path.join(FIX, 'secondments-xixia.csv');
    const first = await importRegisterFile({ db: t.db, kind: 'secondments', file, enteredBy: '组织部 王科长' });
    if (!first.ok) throw new Error(first.problems.map(formatProblem).join('\n'));
    expect(first.stored).toMatchObject({ updated: [], unchanged: [] });
    expect(first.stored!.inserted).toHaveLength(9);
    const before = await listRegisterProvenance(t.db, { kind: 'secondment' });
    expect(before[0]).toMatchObject({ id: 'S-01', enteredBy: '组织部 王科长', source: 'secondments-xixia.csv' });

    const again = await importRegisterFile({ db: t.db, kind: 'secondments', file, enteredBy: '另一个人' });
    expect(again.ok && again.stored).toMatchObject({ inserted: [], updated: [] });
    expect(again.ok && again.stored!.unchanged).toHaveLength(9);
    expect(await listRegisterProvenance(t.db, { kind: 'secondment' })).toEqual(before);
    const stored = await loadStoredRecords(t.db);
    expect(stored.secondments.find((s) => s.id === 'S-04')).toEqual({
      id: 'S-04', person: '赵敏', township: '回车镇', hireDate: '2012-03-01', borrowingUnit: '县信访局', start: '2026-09-20', end: '2026-12-01', returnedOn: null, approvalRef: null,
    });
  });

  it('imports nothing from a file with a bad row, not even its good rows', async () => {
    const before = await count('secondments');
    const r = await importRegisterFile({ db: t.db, kind: 'secondments', file: path.join(FIX, 'secondments-broken.csv'), enteredBy: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.rowNumber)).toEqual([3, 4, 5, 6]);
    expect(await count('secondments')).toBe(before);
    expect((await loadStoredRecords(t.db)).secondments.some((s) => s.id === 'B-01')).toBe(false);

    const xlsx = await importRegisterFile({ db: t.db, kind: 'secondments', file: { name: 'broken.xlsx', bytes: await streetSecondmentsWorkbook({ broken: true }) }, enteredBy: 'x' });
    expect(xlsx.ok).toBe(false);
    expect(await count('secondments')).toBe(before);
  });

  it('stores an XLSX register without ids, finds the same rows on re-import, and updates a changed row', async () => {
    const bytes = await streetSecondmentsWorkbook();
    const first = await importRegisterFile({ db: t.db, kind: 'secondments', file: { name: '南湖区借调台账.xlsx', bytes }, enteredBy: '街道 李红' });
    expect(first.ok && first.stored!.inserted).toEqual(['周敏/南湖街道/2026-07-01', '吴刚/南湖街道/2026-09-01', '郑洁/东城街道/2026-06-02', '孙浩/东城街道/2026-09-01']);
    const again = await importRegisterFile({ db: t.db, kind: 'secondments', file: { name: '南湖区借调台账.xlsx', bytes }, enteredBy: '街道 李红' });
    expect(again.ok && again.stored).toMatchObject({ inserted: [], updated: [] });

    // 孙浩's register line gains an end date: the same row is updated, nothing else moves.
    const edited = Buffer.from('编号,姓名,所在街道,借调单位,开始日期,结束日期\n孙浩/东城街道/2026-09-01,孙浩,东城街道,区发改委,2026-09-01,2026-11-29\n');
    const update = await importRegisterFile({ db: t.db, kind: 'secondments', file: { name: 'fix.csv', bytes: edited }, enteredBy: '街道 李红' });
    expect(update.ok && update.stored).toMatchObject({ inserted: [], updated: ['孙浩/东城街道/2026-09-01'] });
    const row = (await loadStoredRecords(t.db)).secondments.find((s) => s.id === '孙浩/东城街道/2026-09-01');
    expect(row).toMatchObject({ end: '2026-11-29' });
  });

  it('stores inspections and 一票否决 items; --dry-run stores nothing', async () => {
    const dry = await importRegisterFile({ db: t.db, kind: 'inspections', file: path.join(FIX, 'inspections-yunnan.csv'), enteredBy: 'x', dryRun: true });
    expect(dry.ok && dry.stored).toBeNull();
    expect(await count('inspections')).toBe(0);
    const insp = await importRegisterFile({ db: t.db, kind: 'inspections', file: path.join(FIX, 'inspections-yunnan.csv'), enteredBy: 'x' });
    expect(insp.ok && insp.stored!.inserted).toHaveLength(5);
    const veto = await importRegisterFile({ db: t.db, kind: 'vetoItems', file: path.join(FIX, 'vetoes-city.csv'), enteredBy: 'x' });
    expect(veto.ok && veto.stored!.inserted).toHaveLength(3);
    const stored = await loadStoredRecords(t.db);
    expect(stored.inspections.filter((i) => i.requiresPreparation).map((i) => i.organizer)).toEqual(['县卫生健康局']);
    expect(stored.vetoItems.map((v) => v.item).sort()).toEqual(['党风廉政建设一票否决', '全国文明城市创建', '安全生产重特大事故'].sort());
  });
});
