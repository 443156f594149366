import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionRecord, SecondmentRecord, VetoRecord } from '../../checks/records/types.js';
import { listAudit } from '../../storage/repositories/audit-log.js';
import {
  importRegisterRows,
  listInspections,
  listRegisterProvenance,
  listSecondments,
  listVetoItems,
} from '../../storage/repositories/registers.js';
import { openTestDatabase, testBackends, type TestDatabase } from '../support/db.js';

const corpus = JSON.parse(readFileSync(new URL('../../../shared/corpus/records.json', import.meta.url), 'utf8')) as {
  inspections: InspectionRecord[];
  secondments: SecondmentRecord[];
  vetoItems: VetoRecord[];
};
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe.each(testBackends())('registers on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  it('imports the three registers and lists them back in the shapes of records.json', async () => {
    const i = await importRegisterRows(t.db, { kind: 'inspection', rows: corpus.inspections, enteredBy: '县委办 王芳', source: 'inspections.xlsx' });
    const s = await importRegisterRows(t.db, { kind: 'secondment', rows: corpus.secondments, enteredBy: '县委组织部 李强', source: 'secondments.csv' });
    const v = await importRegisterRows(t.db, { kind: 'veto', rows: corpus.vetoItems, enteredBy: 'cli', source: 'veto.csv' });
    expect(i.inserted).toHaveLength(corpus.inspections.length);
    expect(s.inserted).toHaveLength(corpus.secondments.length);
    expect(v.inserted).toHaveLength(corpus.vetoItems.length);
    expect(byId(await listInspections(t.db))).toEqual(byId(corpus.inspections));
    expect(byId(await listSecondments(t.db))).toEqual(byId(corpus.secondments));
    expect(byId(await listVetoItems(t.db))).toEqual(byId(corpus.vetoItems));

    const provenance = await listRegisterProvenance(t.db, { kind: 'secondment' });
    expect(provenance[0]).toMatchObject({ id: 'S-01', enteredBy: '县委组织部 李强', source: 'secondments.csv' });
    expect(provenance[0]!.createdAt).toBeInstanceOf(Date);
  });

  it('changes nothing on a second import of the same file, even by someone else', async () => {
    const before = await t.rows(sql`select external_id, entered_by, source, updated_at from secondments order by external_id`);
    const again = await importRegisterRows(t.db, { kind: 'secondment', rows: corpus.secondments, enteredBy: '另一个人', source: 'copy.csv' });
    expect(again).toEqual({ inserted: [], updated: [], unchanged: corpus.secondments.map((r) => r.id) });
    expect(await t.rows(sql`select external_id, entered_by, source, updated_at from secondments order by external_id`)).toEqual(before);
    const audit = await listAudit(t.db, { action: 'register.import', subject: 'secondment' });
    expect(audit[0]!.details).toMatchObject({ inserted: 0, updated: 0, unchanged: corpus.secondments.length });
  });

  it('updates a changed row and records who changed it', async () => {
    const changed = corpus.secondments.map((r) => (r.id === 'S-02' ? { ...r, end: '2026-12-31' } : r));
    const result = await importRegisterRows(t.db, { kind: 'secondment', rows: changed, enteredBy: '县委组织部 赵六', source: 'secondments-v2.csv' });
    expect(result.updated).toEqual(['S-02']);
    expect(result.inserted).toEqual([]);
    const [row] = await t.rows<{ end: unknown; entered_by: string }>(sql`select "end"::text as "end", entered_by from secondments where external_id = 'S-02'`);
    expect(row).toEqual({ end: '2026-12-31', entered_by: '县委组织部 赵六' });
  });

  it('imports nothing from a file with a duplicate id, and says which rows', async () => {
    const rows = [
      { ...corpus.vetoItems[0]!, id: 'V-90' },
      { ...corpus.vetoItems[1]!, id: 'V-91' },
      { ...corpus.vetoItems[2]!, id: 'V-90' },
    ];
    await expect(importRegisterRows(t.db, { kind: 'veto', rows, enteredBy: 'cli', source: 'bad.csv' })).rejects.toThrow('编号「V-90」出现了两次（第 1 条和第 3 条）');
    expect(await t.rows(sql`select 1 from veto_items where external_id in ('V-90', 'V-91')`)).toHaveLength(0);
  });

  it('rolls the whole file back when the database refuses one row', async () => {
    const rows: InspectionRecord[] = [
      { ...corpus.inspections[0]!, id: 'I-90' },
      { ...corpus.inspections[1]!, id: 'I-91', date: '2026-02-30' }, // no such day
    ];
    await expect(importRegisterRows(t.db, { kind: 'inspection', rows, enteredBy: 'cli', source: 'bad.xlsx' })).rejects.toThrow();
    expect(await t.rows(sql`select 1 from inspections where external_id in ('I-90', 'I-91')`)).toHaveLength(0);
  });

  it('imports a large register in one call', async () => {
    const rows: SecondmentRecord[] = Array.from({ length: 5000 }, (_, n) => ({ ...corpus.secondments[0]!, id: `BULK-${n}`, person: `干部${n}` }));
    const first = await importRegisterRows(t.db, { kind: 'secondment', rows, enteredBy: 'cli', source: 'bulk.csv' });
    expect(first.inserted).toHaveLength(5000);
    const second = await importRegisterRows(t.db, { kind: 'secondment', rows, enteredBy: 'cli', source: 'bulk.csv' });
    expect(second.unchanged).toHaveLength(5000);
  });
});
