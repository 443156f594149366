// Ingest that never loses a message: when the database cannot take a batch (down, connection
// killed, restarting), the batch goes to the durable spool (message-spool.ts) and is replayed
// when the database answers again — on a timer with back-off, and as soon as a direct write
// succeeds. Replay is idempotent (the platform message key dedupes), so a batch that was in
// fact committed just before the connection died is not stored twice.
//
// The returned object also fits the pipeline's MessageSpool port (`append(item)`).
import type { Db } from './database.js';
import { isConnectionError } from './database-errors.js';
import { MessageSpool } from './message-spool.js';
import { ingestMessages, type IngestItem, type IngestOutcome } from './repositories/messages.js';

/** The subset of a pino logger storage uses. */
export interface StorageLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const silent: StorageLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface ResilientIngestOptions {
  /** The database, or a function returning the current one (if the caller reopens it). */
  db: Db | (() => Db);
  dataDir: string;
  pseudonymKey: Buffer;
  keepMessageMetadata?: boolean;
  logger?: StorageLogger;
  /** First retry delay after a failure; doubles up to maxRetryDelayMs. Default 1 s / 60 s. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Items per replay batch (default 500). */
  replayBatch?: number;
  /** A write that has not finished after this long counts as the database being down
   *  (a half-open connection can hang without an error). Default 30 s. */
  writeTimeoutMs?: number;
}

export interface ResilientOutcome extends IngestOutcome {
  /** The database could not take it now; it is on disk and will be replayed. */
  spooled: boolean;
}

export interface ReplayResult {
  /** Items written (or found already stored) during this replay. */
  replayed: number;
  /** Items the database refused for a reason other than being unreachable; kept in spool/rejected.jsonl. */
  rejected: number;
  /** Items still waiting (the database went away again). */
  remaining: number;
}

export interface ResilientIngest {
  ingest(items: readonly IngestItem[]): Promise<ResilientOutcome[]>;
  /** Spools one item directly (the pipeline's MessageSpool port), and schedules a replay. */
  append(item: IngestItem): Promise<void>;
  replay(): Promise<ReplayResult>;
  pending(): Promise<number>;
  /** Stops the retry timer and waits for a running replay; spooled items stay on disk. */
  close(): Promise<void>;
}

export function createResilientIngest(options: ResilientIngestOptions): ResilientIngest {
  const getDb = typeof options.db === 'function' ? options.db : () => options.db as Db;
  const logger = options.logger ?? silent;
  const spool = new MessageSpool(options.dataDir, options.pseudonymKey);
  const baseDelay = options.retryDelayMs ?? 1000;
  const maxDelay = options.maxRetryDelayMs ?? 60_000;
  const replayBatch = options.replayBatch ?? 500;
  let delay = baseDelay;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReplayResult> | undefined;
  let closed = false;
  let mayHavePending = true; // leftovers of a previous run are replayed at start
  // Circuit breaker: after a connection failure, new batches go straight to the spool (an
  // fsync, milliseconds) instead of each waiting for a connect attempt that may take
  // seconds; the background replay is the probe, and closes the circuit when it drains.
  let degraded = false;
  // Appends that land while a replay runs go to a fresh spool file the running replay does
  // not see; counting them tells the replay to go round once more.
  let appendsDuringReplay = 0;

  const writeTimeoutMs = options.writeTimeoutMs ?? 30_000;

  // If the write does finish after the timeout, the later replay finds it stored (idempotent).
  const store = (items: readonly IngestItem[]): Promise<IngestOutcome[]> => {
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timeout = setTimeout(
        () => reject(Object.assign(new Error(`database write took longer than ${writeTimeoutMs} ms`), { code: 'CONNECT_TIMEOUT' })),
        writeTimeoutMs,
      );
    });
    const write = ingestMessages(getDb(), { items, pseudonymKey: options.pseudonymKey, keepMessageMetadata: options.keepMessageMetadata });
    write.catch(() => undefined); // its failure after a timeout is already handled
    return Promise.race([write, timedOut]).finally(() => clearTimeout(timeout));
  };

  function schedule(ms: number): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void replay().catch((err: unknown) => logger.error({ err }, 'spool replay failed'));
    }, ms);
    timer.unref();
  }

  async function replayOnce(): Promise<ReplayResult> {
    const result: ReplayResult = { replayed: 0, rejected: 0, remaining: 0 };
    const files = await spool.takeForReplay();
    for (let f = 0; f < files.length; f++) {
      const file = await spool.read(files[f]!);
      if (file.unreadable.length) {
        await spool.reject(file.unreadable.map((line) => ({ line, error: 'unreadable spool line (torn write?)' })));
        result.rejected += file.unreadable.length;
        logger.error({ file: file.path, count: file.unreadable.length }, 'unreadable spool lines moved to rejected.jsonl');
        await spool.rewrite(file.path, file.items);
      }
      for (let i = 0; i < file.items.length; i += replayBatch) {
        const batch = file.items.slice(i, i + replayBatch);
        try {
          await store(batch);
          result.replayed += batch.length;
        } catch (err) {
          if (isConnectionError(err)) {
            // Still down: keep this file and the rest for the next attempt.
            result.remaining = file.items.length - i + (await countItems(files.slice(f + 1)));
            return result;
          }
          // One bad item must not hold back the rest: store them one by one.
          for (const item of batch) {
            try {
              await store([item]);
              result.replayed++;
            } catch (itemErr) {
              if (isConnectionError(itemErr)) {
                result.remaining = file.items.length - i + (await countItems(files.slice(f + 1)));
                return result;
              }
              await spool.reject([{ line: spool.lineOf(item), error: String((itemErr as Error).message ?? itemErr) }]);
              result.rejected++;
              logger.error({ err: itemErr, messageId: item.message.messageId }, 'spooled message rejected by the database; kept in spool/rejected.jsonl');
            }
          }
        }
      }
      await spool.remove(file.path);
    }
    return result;
  }

  async function countItems(files: string[]): Promise<number> {
    let n = 0;
    for (const f of files) n += (await spool.read(f)).items.length;
    return n;
  }

  function replay(): Promise<ReplayResult> {
    running ??= (async () => {
      try {
        appendsDuringReplay = 0;
        const result = await replayOnce();
        if (result.remaining > 0) {
          delay = Math.min(delay * 2, maxDelay);
          schedule(delay);
          logger.warn({ remaining: result.remaining, retryInMs: delay }, 'database still unavailable; spool kept');
        } else {
          delay = baseDelay;
          degraded = false;
          if (appendsDuringReplay > 0) schedule(0);
          else mayHavePending = false;
          if (result.replayed || result.rejected) logger.info(result, 'spool replayed');
        }
        return result;
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  async function toSpool(items: readonly IngestItem[]): Promise<void> {
    await spool.append(items);
    mayHavePending = true;
    if (running) appendsDuringReplay++;
  }

  async function append(item: IngestItem): Promise<void> {
    await toSpool([item]);
    schedule(delay);
  }

  const spooledOutcomes = (items: readonly IngestItem[]): ResilientOutcome[] =>
    items.map(() => ({ duplicate: false, stored: false, spooled: true, messageId: null, findingIds: [], findingNumbers: [] }));

  async function ingest(items: readonly IngestItem[]): Promise<ResilientOutcome[]> {
    if (degraded) {
      await toSpool(items);
      schedule(delay);
      return spooledOutcomes(items);
    }
    try {
      const outcomes = await store(items);
      if (mayHavePending && !running) schedule(0);
      return outcomes.map((o) => ({ ...o, spooled: false }));
    } catch (err) {
      // Any failure spools: a connection error is replayed when the database is back; any
      // other error is retried item by item on replay and, if still refused, kept in
      // rejected.jsonl — never dropped.
      await toSpool(items);
      if (isConnectionError(err)) degraded = true;
      logger.warn({ err, count: items.length, connection: isConnectionError(err) }, 'database write failed; messages spooled for replay');
      schedule(delay);
      return spooledOutcomes(items);
    }
  }

  schedule(0);

  return {
    ingest,
    append,
    replay,
    pending: () => spool.pendingCount(),
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      await spool.close();
    },
  };
}
