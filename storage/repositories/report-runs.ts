// The weekly digest, once per (ISO week, recipient): the same claim-with-lease semantics as
// alerts (see alerts.ts): pending → sending (claimed, leased) → sent, or → failed and
// retried with back-off; a 'sending' row whose lease expired (the sender crashed) can be
// claimed again. A week the bot missed simply has no 'sent' row; the scheduler claims it
// when it comes back.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { reportRuns, type DeliveryState, type ReportRunRow } from '../schema/index.js';
import { DEFAULT_MAX_ATTEMPTS } from './alerts.js';
import { appendAudit } from './audit-log.js';
import { leaseFromNow, retryAt } from './delivery-owner.js';

export interface ReportRunKey {
  /** ISO week, "2026-W47". */
  week: string;
  /** "email:x@y", "slack:C0OFFICE"… */
  recipient: string;
}

/** Records runs as 'pending' (e.g. when a week closes) without claiming them. Idempotent. */
export async function ensureReportRuns(db: Db, keys: readonly ReportRunKey[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(reportRuns)
    .values(keys.map((k) => ({ week: k.week, recipient: k.recipient, status: 'pending' as const })))
    .onConflictDoNothing();
}

/** True when this caller may send the digest for that week to that recipient now
 *  (new, pending, failed and due, or a crashed sender's lease expired). */
export async function claimReportRun(db: Db, input: ReportRunKey & { owner: string; leaseMs?: number; maxAttempts?: number }): Promise<boolean> {
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseUntil = leaseFromNow(input.leaseMs);
  const rows = await db
    .insert(reportRuns)
    .values({ week: input.week, recipient: input.recipient, status: 'sending', attempts: 1, owner: input.owner, leaseUntil })
    .onConflictDoUpdate({
      target: [reportRuns.week, reportRuns.recipient],
      set: { status: 'sending', attempts: sql`${reportRuns.attempts} + 1`, owner: input.owner, leaseUntil, updatedAt: sql`now()` },
      setWhere: sql`${reportRuns.status} = 'pending'
        OR (${reportRuns.status} = 'failed' AND ${reportRuns.attempts} < ${maxAttempts}::integer AND (${reportRuns.nextAttemptAt} IS NULL OR ${reportRuns.nextAttemptAt} <= now()))
        OR (${reportRuns.status} = 'sending' AND ${reportRuns.leaseUntil} < now())`,
    })
    .returning({ week: reportRuns.week });
  return rows.length === 1;
}

const held = (k: ReportRunKey & { owner: string }) =>
  and(eq(reportRuns.week, k.week), eq(reportRuns.recipient, k.recipient), eq(reportRuns.owner, k.owner), eq(reportRuns.status, 'sending'));

/** False when this owner lost the claim (lease expired and taken over): log a possible duplicate. */
export async function markReportRunSent(db: Db, key: ReportRunKey & { owner: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(reportRuns)
      .set({ status: 'sent', sentAt: sql`now()`, leaseUntil: null, lastError: null, updatedAt: sql`now()` })
      .where(held(key))
      .returning({ attempts: reportRuns.attempts });
    if (rows[0]) {
      await appendAudit(tx, { actor: key.owner, action: 'report.sent', subject: `${key.week} → ${key.recipient}`, details: { attempts: rows[0].attempts } });
    }
    return rows.length === 1;
  });
}

/**
 * Records a failed attempt. It becomes claimable again after `retryInMs` (default: back-off
 * by attempt). `retryInMs: null` parks it: no automatic retry (e.g. the delivery's outcome is
 * unknown and a person should decide); a later claim succeeds only after `unparkReportRun`.
 */
export async function markReportRunFailed(
  db: Db,
  key: ReportRunKey & { owner: string; error: string; retryInMs?: number | null; maxAttempts?: number },
): Promise<{ attempts: number; willRetry: boolean } | null> {
  const [row] = await db.select({ attempts: reportRuns.attempts }).from(reportRuns).where(held(key));
  if (!row) return null;
  const [updated] = await db
    .update(reportRuns)
    .set({
      status: 'failed',
      lastError: key.error.slice(0, 2000),
      leaseUntil: null,
      nextAttemptAt: retryAt(key.retryInMs, row.attempts),
      updatedAt: sql`now()`,
    })
    .where(held(key))
    .returning({ attempts: reportRuns.attempts });
  if (!updated) return null;
  return { attempts: updated.attempts, willRetry: key.retryInMs !== null && updated.attempts < (key.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) };
}

/** Makes a parked (or exhausted) run claimable again now, e.g. after an admin checked it. */
export async function unparkReportRun(db: Db, key: ReportRunKey & { by: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(reportRuns)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: null, updatedAt: sql`now()` })
      .where(and(eq(reportRuns.week, key.week), eq(reportRuns.recipient, key.recipient), eq(reportRuns.status, 'failed')))
      .returning({ week: reportRuns.week });
    if (rows[0]) await appendAudit(tx, { actor: key.by, action: 'report.unpark', subject: `${key.week} → ${key.recipient}` });
    return rows.length === 1;
  });
}

/**
 * Extends the lease of a run this owner still holds (call it during a long send). False
 * when the claim is lost (the lease ran out and another instance may have taken it): the
 * caller must then stop and not transmit.
 */
export async function renewReportRunLease(db: Db, key: ReportRunKey & { owner: string; leaseMs?: number }): Promise<boolean> {
  const rows = await db
    .update(reportRuns)
    .set({ leaseUntil: leaseFromNow(key.leaseMs), updatedAt: sql`now()` })
    .where(and(held(key), sql`${reportRuns.leaseUntil} > now()`))
    .returning({ week: reportRuns.week });
  return rows.length === 1;
}

export async function getReportRun(db: Db, key: ReportRunKey): Promise<ReportRunRow | null> {
  const [row] = await db.select().from(reportRuns).where(and(eq(reportRuns.week, key.week), eq(reportRuns.recipient, key.recipient)));
  return row ?? null;
}

export async function listReportRuns(db: Db, filter: { week?: string; recipient?: string; statuses?: readonly DeliveryState[] } = {}): Promise<ReportRunRow[]> {
  const conditions: SQL[] = [];
  if (filter.week) conditions.push(eq(reportRuns.week, filter.week));
  if (filter.recipient) conditions.push(eq(reportRuns.recipient, filter.recipient));
  if (filter.statuses) conditions.push(inArray(reportRuns.status, [...filter.statuses]));
  return db
    .select()
    .from(reportRuns)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(reportRuns.week), asc(reportRuns.recipient));
}
