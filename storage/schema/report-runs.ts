// One row per (ISO week, recipient) of the weekly digest, so a restart, a crash mid-send or
// a second instance never sends it twice, and a missed week is visible as not 'sent'.
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { DELIVERY_STATES, deliveryColumns } from './delivery-columns.js';

export const reportRuns = pgTable(
  'report_runs',
  {
    /** ISO week, "2026-W47". */
    week: text('week').notNull(),
    /** "email:x@y", "slack:C0OFFICE"… */
    recipient: text('recipient').notNull(),
    status: text('status', { enum: DELIVERY_STATES }).notNull().default('pending'),
    ...deliveryColumns(),
  },
  (t) => [
    primaryKey({ name: 'report_runs_pk', columns: [t.week, t.recipient] }),
    index('report_runs_status_idx').on(t.status, t.nextAttemptAt),
    check('report_runs_status_ck', sql`${t.status} IN ('pending', 'sending', 'sent', 'failed')`),
  ],
);
export type ReportRunRow = typeof reportRuns.$inferSelect;
export type NewReportRunRow = typeof reportRuns.$inferInsert;
