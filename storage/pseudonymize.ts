// Keyed hashes for values the database must be able to compare but must not hold
// (storage-keys.ts explains why a plain hash is not enough).
import { createHmac } from 'node:crypto';

export function pseudonymize(key: Buffer, ...parts: string[]): string {
  // NUL cannot occur in platform ids, so joining with it keeps ("a:b","c") ≠ ("a","b:c").
  return createHmac('sha256', key).update(parts.join('\u0000')).digest('hex');
}
