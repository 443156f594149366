// Burden reports filed by township officials through the bot. The reporter's identity is
// either absent (anonymous) or sealed with AES-256-GCM under JIANFU_SEAL_KEY
// (storage/seal-reporter.ts). No repository used by the bot or the reports selects
// `reporter_sealed`. The receipt day, not the time, is kept so a report cannot be matched
// to a chat delivery by its timestamp.
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const BURDEN_REPORT_STATUSES = ['received', 'verifying', 'confirmed', 'dismissed', 'resolved'] as const;
export type BurdenReportStatus = (typeof BURDEN_REPORT_STATUSES)[number];

export const burdenReports = pgTable(
  'burden_reports',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Public number given to the reporter, e.g. "JB-2026-7KQ3XM" (random, not sequential). */
    reportNo: text('report_no').notNull(),
    content: text('content').notNull(),
    township: text('township'),
    /** The department (or leader) the report names as imposing the burden. */
    department: text('department'),
    status: text('status', { enum: BURDEN_REPORT_STATUSES }).notNull().default('received'),
    /** The inspector's note on the outcome; shown to whoever holds the report number. */
    statusNote: text('status_note'),
    /** base64(iv ‖ tag ‖ ciphertext), or null when anonymous or no seal key is configured. */
    reporterSealed: text('reporter_sealed'),
    /** Calendar day in Asia/Shanghai. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('burden_reports_no_uq').on(t.reportNo),
    index('burden_reports_received_idx').on(t.receivedOn),
    check(
      'burden_reports_status_ck',
      sql`${t.status} IN ('received', 'verifying', 'confirmed', 'dismissed', 'resolved')`,
    ),
  ],
);
export type BurdenReportRow = typeof burdenReports.$inferSelect;
export type NewBurdenReportRow = typeof burdenReports.$inferInsert;
