// Append-only audit log: status changes, imports, report filings, deliveries. A trigger
// (migration "audit_log_append_only") rejects UPDATE, DELETE and TRUNCATE, and the
// repository offers no function that would try.
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who acted: a person's platform id or name, "system", "cli", or "anonymous". */
    actor: text('actor').notNull(),
    /** Dotted verb, e.g. "finding.status", "register.import", "burden-report.filed". */
    action: text('action').notNull(),
    /** What it acted on, e.g. "F-000123", "JB-2026-7KQ3XM", "secondments". */
    subject: text('subject'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_subject_idx').on(t.subject, t.at)],
);
export type AuditLogRow = typeof auditLog.$inferSelect;
export type NewAuditLogRow = typeof auditLog.$inferInsert;
