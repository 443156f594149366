// Identity of this process as the holder of a delivery claim (alerts, report runs).
import { randomBytes } from 'node:crypto';
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
