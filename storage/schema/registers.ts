// The county's registers (the fields of ../shared/corpus/records.json): the inspection-
// request log (督查检查考核报批台账), the secondment register (借调台账) and the 一票否决
// register; nullability as in checks/records/types.ts. Each row is keyed by its external id and remembers who entered or imported it,
// from which file (or "chat"), and when.
import { bigint, boolean, date, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const provenance = {
  /** Who entered or imported the row (a person's name or platform id, or "cli"). */
  enteredBy: text('entered_by').notNull(),
  /** File name the row was imported from, or "chat" / "cli". */
  source: text('source').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const inspections = pgTable(
  'inspections',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    organizer: text('organizer').notNull(),
    /** county, municipal, provincial… as written; null when the register does not say. */
    level: text('level'),
    topic: text('topic').notNull(),
    townships: text('townships').array().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    approvalRef: text('approval_ref'),
    requiresPreparation: boolean('requires_preparation').notNull(),
    ...provenance,
  },
  (t) => [uniqueIndex('inspections_external_uq').on(t.externalId)],
);
export type InspectionRow = typeof inspections.$inferSelect;
export type NewInspectionRow = typeof inspections.$inferInsert;

export const secondments = pgTable(
  'secondments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    person: text('person').notNull(),
    township: text('township').notNull(),
    /** Null when the register does not say (new-recruit is then not judged). */
    hireDate: date('hire_date', { mode: 'string' }),
    borrowingUnit: text('borrowing_unit').notNull(),
    start: date('start', { mode: 'string' }).notNull(),
    end: date('end', { mode: 'string' }),
    returnedOn: date('returned_on', { mode: 'string' }),
    approvalRef: text('approval_ref'),
    ...provenance,
  },
  (t) => [uniqueIndex('secondments_external_uq').on(t.externalId)],
);
export type SecondmentRow = typeof secondments.$inferSelect;
export type NewSecondmentRow = typeof secondments.$inferInsert;

export const vetoItems = pgTable(
  'veto_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    setBy: text('set_by'),
    item: text('item').notNull(),
    targets: text('targets'),
    date: date('date', { mode: 'string' }),
    ...provenance,
  },
  (t) => [uniqueIndex('veto_items_external_uq').on(t.externalId)],
);
export type VetoItemRow = typeof vetoItems.$inferSelect;
export type NewVetoItemRow = typeof vetoItems.$inferInsert;
