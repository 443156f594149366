// The county's registers. Rows are keyed by (register, external id) and written by upsert:
// an import runs in ONE transaction (a bad row anywhere imports nothing), and a row whose
// fields did not change is not touched at all — a second import of the same file changes
// nothing, not even who entered it or when. Listing returns the shapes of
// ../shared/corpus/records.json (checks/records/types.ts) for the record checks.
import { asc, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { InspectionRecord, SecondmentRecord, VetoRecord } from '../../checks/records/types.js';
import type { Db } from '../database.js';
import { inspections, secondments, vetoItems, type RegisterKind } from '../schema/index.js';
import { appendAudit } from './audit-log.js';
import { bulkInsert, type BulkColumn } from './bulk-insert.js';
import { chunk } from './chunk.js';

export interface RegisterRecords {
  inspection: InspectionRecord;
  secondment: SecondmentRecord;
  veto: VetoRecord;
}

export const REGISTER_TITLES: Record<RegisterKind, string> = {
  inspection: '督查检查考核报批台账',
  secondment: '借调台账',
  veto: '一票否决事项台账',
};

export interface ImportRegisterRowsInput<K extends RegisterKind> {
  kind: K;
  rows: readonly RegisterRecords[K][];
  /** Who entered or imported the rows (name or platform id, "cli"…). */
  enteredBy: string;
  /** File name, or "chat" / "cli". */
  source: string;
}

export interface ImportRegisterRowsResult {
  /** External ids of rows that did not exist before. */
  inserted: string[];
  /** External ids of existing rows whose fields changed. */
  updated: string[];
  /** External ids of rows that were already stored exactly so. */
  unchanged: string[];
}

type Converter<K extends RegisterKind> = {
  table: PgTable;
  tableName: string;
  /** Data columns: compared to decide whether a row changed (provenance is not). */
  columns: BulkColumn<RegisterRecords[K]>[];
};

const converters: { [K in RegisterKind]: Converter<K> } = {
  inspection: {
    table: inspections,
    tableName: 'inspections',
    columns: [
      { name: 'organizer', type: 'text', value: (r) => r.organizer },
      { name: 'level', type: 'text', value: (r) => r.level ?? null },
      { name: 'topic', type: 'text', value: (r) => r.topic },
      { name: 'townships', type: 'text[]', value: (r) => r.townships },
      { name: 'date', type: 'date', value: (r) => r.date },
      { name: 'approval_ref', type: 'text', value: (r) => r.approvalRef ?? null },
      { name: 'requires_preparation', type: 'boolean', value: (r) => r.requiresPreparation },
    ],
  },
  secondment: {
    table: secondments,
    tableName: 'secondments',
    columns: [
      { name: 'person', type: 'text', value: (r) => r.person },
      { name: 'township', type: 'text', value: (r) => r.township },
      { name: 'hire_date', type: 'date', value: (r) => r.hireDate ?? null },
      { name: 'borrowing_unit', type: 'text', value: (r) => r.borrowingUnit },
      { name: 'start', type: 'date', value: (r) => r.start },
      { name: 'end', type: 'date', value: (r) => r.end ?? null },
      { name: 'returned_on', type: 'date', value: (r) => r.returnedOn ?? null },
      { name: 'approval_ref', type: 'text', value: (r) => r.approvalRef ?? null },
    ],
  },
  veto: {
    table: vetoItems,
    tableName: 'veto_items',
    columns: [
      { name: 'set_by', type: 'text', value: (r) => r.setBy ?? null },
      { name: 'item', type: 'text', value: (r) => r.item },
      { name: 'targets', type: 'text', value: (r) => r.targets ?? null },
      { name: 'date', type: 'date', value: (r) => r.date ?? null },
    ],
  },
};

function checkIds(kind: RegisterKind, rows: readonly { id: string }[]): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (typeof r.id !== 'string' || r.id.trim() === '') {
      throw new Error(`导入${REGISTER_TITLES[kind]}失败：第 ${i + 1} 条记录缺少编号，文件中的记录均未导入。请补上编号后重新导入。`);
    }
    const first = seen.get(r.id);
    if (first !== undefined) {
      throw new Error(
        `导入${REGISTER_TITLES[kind]}失败：编号「${r.id}」出现了两次（第 ${first + 1} 条和第 ${i + 1} 条），文件中的记录均未导入。请保证每条记录的编号唯一。`,
      );
    }
    seen.set(r.id, i);
  });
}

export async function importRegisterRows<K extends RegisterKind>(db: Db, input: ImportRegisterRowsInput<K>): Promise<ImportRegisterRowsResult> {
  checkIds(input.kind, input.rows);
  const { tableName, columns } = converters[input.kind] as Converter<K>;
  const q = (name: string) => `"${name}"`;
  const all: BulkColumn<RegisterRecords[K]>[] = [
    { name: 'external_id', type: 'text', value: (r) => r.id },
    ...columns,
    { name: 'entered_by', type: 'text', value: () => input.enteredBy },
    { name: 'source', type: 'text', value: () => input.source },
  ];
  // Update only when a data field differs, so an identical re-import leaves the row —
  // including who entered it and when — exactly as it was.
  const onConflict = sql.raw(
    `ON CONFLICT (external_id) DO UPDATE SET ${[...columns.map((c) => c.name), 'entered_by', 'source']
      .map((n) => `${q(n)} = excluded.${q(n)}`)
      .join(', ')}, updated_at = now() WHERE (${columns.map((c) => `${q(tableName)}.${q(c.name)}`).join(', ')}) IS DISTINCT FROM (${columns
      .map((c) => `excluded.${q(c.name)}`)
      .join(', ')})`,
  );

  const result: ImportRegisterRowsResult = { inserted: [], updated: [], unchanged: [] };
  await db.transaction(async (tx) => {
    const touched = new Set<string>();
    for (const part of chunk(input.rows, 2000)) {
      const returned = await bulkInsert<RegisterRecords[K], { external_id: string; inserted: boolean | string }>(tx, {
        table: tableName,
        columns: all,
        rows: part,
        onConflict,
        returning: sql`external_id, (xmax = 0) AS inserted`,
      });
      for (const r of returned) {
        touched.add(r.external_id);
        (r.inserted === true || r.inserted === 't' ? result.inserted : result.updated).push(r.external_id);
      }
    }
    for (const r of input.rows) if (!touched.has(r.id)) result.unchanged.push(r.id);
    await appendAudit(tx, {
      actor: input.enteredBy,
      action: 'register.import',
      subject: input.kind,
      details: { source: input.source, inserted: result.inserted.length, updated: result.updated.length, unchanged: result.unchanged.length },
    });
  });
  return result;
}

export async function listInspections(db: Db): Promise<InspectionRecord[]> {
  const rows = await db.select().from(inspections).orderBy(asc(inspections.date), asc(inspections.externalId));
  return rows.map((r) => ({
    id: r.externalId,
    organizer: r.organizer,
    level: r.level,
    topic: r.topic,
    townships: r.townships,
    date: r.date,
    approvalRef: r.approvalRef,
    requiresPreparation: r.requiresPreparation,
  }));
}

export async function listSecondments(db: Db): Promise<SecondmentRecord[]> {
  const rows = await db.select().from(secondments).orderBy(asc(secondments.start), asc(secondments.externalId));
  return rows.map((r) => ({
    id: r.externalId,
    person: r.person,
    township: r.township,
    hireDate: r.hireDate,
    borrowingUnit: r.borrowingUnit,
    start: r.start,
    end: r.end,
    returnedOn: r.returnedOn,
    approvalRef: r.approvalRef,
  }));
}

export async function listVetoItems(db: Db): Promise<VetoRecord[]> {
  const rows = await db.select().from(vetoItems).orderBy(asc(vetoItems.date), asc(vetoItems.externalId));
  return rows.map((r) => ({ id: r.externalId, setBy: r.setBy, item: r.item, targets: r.targets, date: r.date }));
}

/** Who entered each row, from which file, and when (for the audit view and the digest). */
export interface RegisterProvenance {
  id: string;
  enteredBy: string;
  source: string;
  createdAt: Date;
  updatedAt: Date;
}

export async function listRegisterProvenance(db: Db, options: { kind: RegisterKind }): Promise<RegisterProvenance[]> {
  const table = converters[options.kind].table;
  const c = getTableColumns(table) as Record<string, PgColumn>;
  return (await db
    .select({ id: c.externalId!, enteredBy: c.enteredBy!, source: c.source!, createdAt: c.createdAt!, updatedAt: c.updatedAt! })
    .from(table)
    .orderBy(asc(c.externalId!))) as RegisterProvenance[];
}
