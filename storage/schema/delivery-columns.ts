// The claim-with-lease bookkeeping shared by every exactly-once delivery table (alerts,
// report runs): who holds the claim until when, retries, and the outcome. A function, so
// each table gets its own column builders.
import { integer, text, timestamp } from 'drizzle-orm/pg-core';

export const DELIVERY_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export function deliveryColumns() {
  return {
    attempts: integer('attempts').notNull().default(0),
    /** Instance holding the claim (host:pid:random). */
    owner: text('owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  };
}
