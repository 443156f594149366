// Delivers one (week, recipient) of the digest exactly once, on top of the report-run claim
// in storage/repositories/report-runs.ts.
//
// Semantics, chosen so the discipline office never receives the same digest twice:
// - The run is claimed first (one row per week and recipient; two instances cannot both
//   hold it). A run already sent, held by a live claim, or waiting for its back-off is left.
// - Each transmission (the e-mail, or each chat part) is preceded by an intent record
//   ("report.transmitting") and followed by "report.part-sent" or "report.part-failed" in
//   the append-only audit log.
// - A definite failure (the server refused, the platform returned an error) is retried:
//   first in process with short delays, then by later runs with the storage back-off
//   (1, 2, 4 … minutes, up to 8 attempts). Chat resumes at the first part not yet sent.
// - A crash mid-send leaves the claim 'sending' until its lease expires. The next claimant
//   finds an intent with no outcome: that transmission may or may not have arrived. It is
//   NOT repeated (at most once); the admin is told to check with the recipient. An e-mail in
//   that state ends as failed with no automatic retry; a chat report continues with the
//   parts after it. A crash before the intent was written is not ambiguous: the run is
//   simply sent on restart.
import type { Db } from '../../storage/database.js';
import { appendAudit, listAudit } from '../../storage/repositories/audit-log.js';
import { claimReportRun, getReportRun, markReportRunFailed, markReportRunSent, type ReportRunKey } from '../../storage/repositories/report-runs.js';
import { parkReportRun } from '../data/park-report-run.js';
import { renewReportRunLease } from '../data/renew-report-run-lease.js';

export interface ReportLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DeliveryPolicy {
  /** This process's claim owner id. */
  owner: string;
  leaseMs: number;
  maxAttempts: number;
  /** Delays between in-process attempts after a definite failure, e.g. [5000, 30000]. */
  retryDelaysMs: readonly number[];
  sleep: (ms: number) => Promise<void>;
}

export type DeliveryOutcome =
  | { status: 'sent'; attempts: number; uncertainParts: number[] }
  | { status: 'skipped' }
  | { status: 'failed'; attempts: number; error: string; willRetry: boolean; retryAt: Date | null }
  | { status: 'uncertain'; attempts: number; uncertainParts: number[] };

/** One delivery: `parts` transmissions (1 for e-mail); `sendPart(i)` sends part i (0-based). */
export interface DeliveryJob {
  key: ReportRunKey;
  parts: number;
  sendPart: (index: number) => Promise<void>;
}

export function runSubject(key: ReportRunKey): string {
  return `${key.week} → ${key.recipient}`;
}

type PartState = 'transmitting' | 'sent' | 'failed' | 'skipped';

async function partStates(db: Db, key: ReportRunKey): Promise<Map<number, PartState>> {
  const rows = await listAudit(db, { subject: runSubject(key), limit: 1000 });
  const states = new Map<number, PartState>();
  // listAudit is newest first; replay oldest first.
  for (const row of [...rows].reverse()) {
    const part = Number((row.details as { part?: unknown }).part);
    if (!Number.isInteger(part)) continue;
    if (row.action === 'report.transmitting') states.set(part, 'transmitting');
    else if (row.action === 'report.part-sent') states.set(part, 'sent');
    else if (row.action === 'report.part-failed') states.set(part, 'failed');
    else if (row.action === 'report.part-skipped') states.set(part, 'skipped');
  }
  return states;
}

export async function deliverReportRun(db: Db, job: DeliveryJob, policy: DeliveryPolicy, logger: ReportLogger): Promise<DeliveryOutcome> {
  const { key } = job;
  const before = await getReportRun(db, key);
  if (before?.status === 'sent') return { status: 'skipped' };
  const claimed = await claimReportRun(db, { ...key, owner: policy.owner, leaseMs: policy.leaseMs, maxAttempts: policy.maxAttempts });
  if (!claimed) return { status: 'skipped' };
  const attempts = (before?.attempts ?? 0) + 1;
  const audit = (action: string, details: Record<string, unknown>) => appendAudit(db, { actor: policy.owner, action, subject: runSubject(key), details: { attempt: attempts, ...details } });

  // Parts whose transmission began but never reported back were in flight when a sender
  // died: they may have arrived, so they are not sent again.
  const states = await partStates(db, key);
  const uncertainParts = [...states].filter(([, s]) => s === 'transmitting').map(([p]) => p);
  for (const p of uncertainParts) {
    await audit('report.part-skipped', { part: p, reason: 'interrupted' });
    states.set(p, 'skipped');
  }
  if (uncertainParts.length) logger.warn({ week: key.week, recipient: key.recipient, parts: uncertainParts }, 'weekly report: a previous send was interrupted mid-transmission; not repeating it');

  // A single transmission (the e-mail) that may have arrived: nothing may be sent.
  if (job.parts === 1 && states.get(0) === 'skipped') {
    await parkReportRun(db, { ...key, owner: policy.owner, error: '上次发送在投递过程中中断，无法确认是否送达；为避免重复，不再自动重发。' });
    return { status: 'uncertain', attempts, uncertainParts: [0] };
  }

  // Only the transmissions' own failures are retried here; a database error propagates
  // (the claim then expires, and the intent records keep a later claimant from repeating
  // anything that may have arrived).
  let lastError: unknown;
  for (let round = 0; round <= policy.retryDelaysMs.length; round++) {
    if (round > 0) await policy.sleep(policy.retryDelaysMs[round - 1]!);
    let failure: unknown;
    for (let i = 0; i < job.parts; i++) {
      const s = states.get(i);
      if (s === 'sent' || s === 'skipped') continue;
      // A sender that stalled past its lease may have been taken over: it must not
      // transmit anything more. Renewing the lease also keeps a long send ours.
      if (!(await renewReportRunLease(db, { ...key, owner: policy.owner, leaseMs: policy.leaseMs }))) {
        logger.warn({ week: key.week, recipient: key.recipient }, 'weekly report: claim lost to another sender; stopping');
        return { status: 'skipped' };
      }
      await audit('report.transmitting', { part: i, of: job.parts });
      try {
        await job.sendPart(i);
      } catch (err) {
        failure = err ?? new Error('unknown error');
        states.set(i, 'failed');
        await audit('report.part-failed', { part: i, error: describeError(err).slice(0, 500) });
        break;
      }
      states.set(i, 'sent');
      await audit('report.part-sent', { part: i });
    }
    if (failure === undefined) {
      const held = await markReportRunSent(db, { ...key, owner: policy.owner });
      if (!held) logger.warn({ week: key.week, recipient: key.recipient }, 'weekly report: sent, but the claim had expired and was taken over meanwhile');
      return { status: 'sent', attempts, uncertainParts };
    }
    lastError = failure;
    logger.warn({ week: key.week, recipient: key.recipient, round, err: describeError(failure) }, 'weekly report: delivery attempt failed');
  }
  const error = describeError(lastError);
  const failed = await markReportRunFailed(db, { ...key, owner: policy.owner, error, maxAttempts: policy.maxAttempts });
  const row = await getReportRun(db, key);
  return {
    status: 'failed',
    attempts,
    error,
    willRetry: failed?.willRetry ?? false,
    retryAt: failed?.willRetry ? (row?.nextAttemptAt ?? null) : null,
  };
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return `${err.message}${typeof code === 'string' ? `（${code}）` : ''}`;
  }
  return String(err);
}
