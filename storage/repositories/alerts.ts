// Exactly-once alerts, by claim with a lease.
//
// Semantics. `claimAlert` inserts the alert's key; the unique key lets exactly one caller
// win, across processes on one PostgreSQL server. The winner sends and then calls
// `markAlertSent`, or `markAlertFailed` (retried later with back-off, by whoever claims it
// next). If the winner crashes mid-send, the row stays 'sending' until its lease expires;
// then a later claim takes it over and sends again. So a crash between the platform
// accepting the message and markAlertSent can give a second copy (at-least-once in that
// window only); every other case — restarts, redeliveries, two instances, retries after a
// failure — sends once. We chose this over at-most-once because a lost alert about an
// overdue secondment is worse than a rare duplicate; senders that can pass an idempotency
// key to the platform (e.g. the e-mail Message-ID) should derive it from the alert key.
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { alerts, type AlertRow, type DeliveryState } from '../schema/index.js';
import { appendAudit } from './audit-log.js';
import { leaseFromNow, retryAt } from './delivery-owner.js';

export { DEFAULT_LEASE_MS } from './delivery-owner.js';
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface ClaimAlertInput {
  /** Idempotency key, e.g. "secondment-due-soon:S-03:2026-11-23:slack:C01". */
  key: string;
  kind: string;
  target: string;
  payload?: Record<string, unknown>;
  /** This process (defaultOwnerId()). */
  owner: string;
  leaseMs?: number;
  maxAttempts?: number;
}

/**
 * True when this caller may send the alert now: it created the key, or the alert failed
 * earlier and is due for a retry, or a previous sender's lease expired. False otherwise
 * (already sent, being sent by someone else, waiting for back-off, or out of attempts).
 */
export async function claimAlert(db: Db, input: ClaimAlertInput): Promise<boolean> {
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseUntil = leaseFromNow(input.leaseMs);
  const rows = await db
    .insert(alerts)
    .values({
      key: input.key,
      kind: input.kind,
      target: input.target,
      payload: input.payload ?? {},
      status: 'sending',
      attempts: 1,
      owner: input.owner,
      leaseUntil,
    })
    .onConflictDoUpdate({
      target: alerts.key,
      set: { status: 'sending', attempts: sql`${alerts.attempts} + 1`, owner: input.owner, leaseUntil, updatedAt: sql`now()` },
      setWhere: sql`(${alerts.status} = 'failed' AND ${alerts.attempts} < ${maxAttempts}::integer AND (${alerts.nextAttemptAt} IS NULL OR ${alerts.nextAttemptAt} <= now()))
        OR (${alerts.status} = 'sending' AND ${alerts.leaseUntil} < now())`,
    })
    .returning({ key: alerts.key });
  return rows.length === 1;
}

/** Marks a claimed alert sent. False when this owner no longer holds the claim (its lease
 *  expired and another process took over): the caller should log a possible duplicate. */
export async function markAlertSent(db: Db, options: { key: string; owner: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(alerts)
      .set({ status: 'sent', sentAt: sql`now()`, leaseUntil: null, lastError: null, updatedAt: sql`now()` })
      .where(and(eq(alerts.key, options.key), eq(alerts.owner, options.owner), eq(alerts.status, 'sending')))
      .returning({ kind: alerts.kind, target: alerts.target, attempts: alerts.attempts });
    if (rows[0]) {
      await appendAudit(tx, { actor: options.owner, action: 'alert.sent', subject: options.key, details: rows[0] });
    }
    return rows.length === 1;
  });
}

/** Records a failed attempt; it will be claimable again after `retryInMs` (default back-off
 *  by attempt); `retryInMs: null` parks it with no automatic retry. */
export async function markAlertFailed(
  db: Db,
  options: { key: string; owner: string; error: string; retryInMs?: number | null; maxAttempts?: number },
): Promise<{ attempts: number; willRetry: boolean } | null> {
  const held = and(eq(alerts.key, options.key), eq(alerts.owner, options.owner), eq(alerts.status, 'sending'));
  const [row] = await db.select({ attempts: alerts.attempts }).from(alerts).where(held);
  if (!row) return null;
  const updated = await db
    .update(alerts)
    .set({
      status: 'failed',
      lastError: options.error.slice(0, 2000),
      leaseUntil: null,
      nextAttemptAt: retryAt(options.retryInMs, row.attempts),
      updatedAt: sql`now()`,
    })
    .where(held)
    .returning({ attempts: alerts.attempts });
  if (!updated[0]) return null;
  return { attempts: updated[0].attempts, willRetry: options.retryInMs !== null && updated[0].attempts < (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) };
}

/** Extends the lease of an alert this owner still holds; false when the claim is lost. */
export async function renewAlertLease(db: Db, options: { key: string; owner: string; leaseMs?: number }): Promise<boolean> {
  const rows = await db
    .update(alerts)
    .set({ leaseUntil: leaseFromNow(options.leaseMs), updatedAt: sql`now()` })
    .where(and(eq(alerts.key, options.key), eq(alerts.owner, options.owner), eq(alerts.status, 'sending'), sql`${alerts.leaseUntil} > now()`))
    .returning({ key: alerts.key });
  return rows.length === 1;
}

export async function getAlert(db: Db, options: { key: string }): Promise<AlertRow | null> {
  const [row] = await db.select().from(alerts).where(eq(alerts.key, options.key));
  return row ?? null;
}

export async function listAlerts(
  db: Db,
  filter: { statuses?: readonly DeliveryState[]; kind?: string; from?: Date; to?: Date; limit?: number } = {},
): Promise<AlertRow[]> {
  const conditions: SQL[] = [];
  if (filter.statuses) conditions.push(inArray(alerts.status, [...filter.statuses]));
  if (filter.kind) conditions.push(eq(alerts.kind, filter.kind));
  if (filter.from) conditions.push(gte(alerts.createdAt, filter.from));
  if (filter.to) conditions.push(lt(alerts.createdAt, filter.to));
  return db
    .select()
    .from(alerts)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(alerts.createdAt))
    .limit(filter.limit ?? 1000);
}

/** Alerts sent in [from, to), by kind — the digest's "alerts sent" figure. */
export async function countSentAlerts(db: Db, options: { from: Date; to: Date }): Promise<{ kind: string; count: number }[]> {
  return db
    .select({ kind: alerts.kind, count: sql<number>`count(*)::integer` })
    .from(alerts)
    .where(and(eq(alerts.status, 'sent'), gte(alerts.sentAt, options.from), lt(alerts.sentAt, options.to)))
    .groupBy(alerts.kind)
    .orderBy(asc(alerts.kind));
}
