// Alerts (secondment due-soon/overdue, finding notes to the office…) sent exactly once per
// key. A sender claims the key with a lease (storage/repositories/alerts.ts); the unique
// key makes two instances on one PostgreSQL agree on who sends.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { DELIVERY_STATES, deliveryColumns } from './delivery-columns.js';

export { DELIVERY_STATES, type DeliveryState } from './delivery-columns.js';

export const alerts = pgTable(
  'alerts',
  {
    /** Caller-chosen idempotency key, e.g. "secondment-due-soon:S-03:2026-11-23:slack:C01". */
    key: text('key').primaryKey(),
    kind: text('kind').notNull(),
    /** "platform:channel", "platform:user:id" or an e-mail address. */
    target: text('target').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: DELIVERY_STATES }).notNull(),
    ...deliveryColumns(),
  },
  (t) => [
    index('alerts_status_idx').on(t.status, t.nextAttemptAt),
    check('alerts_status_ck', sql`${t.status} IN ('pending', 'sending', 'sent', 'failed')`),
  ],
);
export type AlertRow = typeof alerts.$inferSelect;
export type NewAlertRow = typeof alerts.$inferInsert;
