// Identity of this process as the holder of a delivery claim (alerts, report runs).
import { randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import os from 'node:os';

let cached: string | undefined;

/** "host:pid:random", stable for the life of the process. */
export function defaultOwnerId(): string {
  cached ??= `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  return cached;
}

/** Retry delay after the n-th failed attempt: 1 min, 2, 4 … capped at 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

export const DEFAULT_LEASE_MS = 10 * 60_000;

/** Lease end on the database clock, so instances with skewed clocks agree. */
export function leaseFromNow(leaseMs: number | undefined): SQL {
  const ms = Math.max(1, Math.round(leaseMs ?? DEFAULT_LEASE_MS));
  return sql`now() + ${ms}::bigint * interval '1 millisecond'`;
}

/** Next attempt: after `retryInMs`, by back-off when undefined, never (parked) when null. */
export function retryAt(retryInMs: number | null | undefined, attempts: number): SQL {
  if (retryInMs === null) return sql`'9999-12-31T00:00:00Z'::timestamptz`;
  const ms = Math.max(0, Math.round(retryInMs ?? backoffMs(attempts)));
  return sql`now() + ${ms}::bigint * interval '1 millisecond'`;
}
