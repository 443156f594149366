// Retries a transaction that PostgreSQL aborted to resolve a conflict between concurrent
// writers (deadlock, serialization failure). Such an abort rolled everything back, so
// running it again is safe; anything else is the caller's to handle.
import { errorCode } from '../database-errors.js';

const RETRYABLE = new Set(['40P01', '40001']);

export async function withConflictRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = errorCode(err);
      if (attempt >= attempts || code === undefined || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
    }
  }
}
