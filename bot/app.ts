// Wires the bot together: config, database, adapters, pipeline, commands, scheduler.
// The caller (bot/cli/start.ts, tests) opens the database and builds the console adapter,
// so start-up errors are reported where they happen; this file owns the running system
// and its orderly shutdown.
import type { Logger } from 'pino';
import type { Config } from './config/schema.js';
import type { ChatAdapter, ChatTarget, Outbox } from './adapters/types.js';
import { createOutbox } from './adapters/outbox.js';
import { createPlatformAdapters } from './adapters/create-adapters.js';
import { createPipeline, type Pipeline } from './pipeline/create-pipeline.js';
import { createStorageStore } from './pipeline/storage-store.js';
import { createResilientIngest, type ResilientIngest } from '../storage/resilient-ingest.js';
import { createStorageServices } from './commands/storage-services.js';
import { createWeeklySummary } from './commands/weekly-markdown.js';
import type { CommandServices } from './commands/services.js';
import { startScheduler, type ScheduledJob, type Scheduler } from './scheduler/index.js';
import type { Database } from '../storage/database.js';
import type { StorageKeys } from '../storage/storage-keys.js';

export interface AppOptions {
  config: Config;
  database: Database;
  keys: StorageKeys;
  dataDir: string;
  logger: Logger;
  /** Adapters driven by the caller (the console). */
  adapters?: ChatAdapter[];
  /** Build Slack/WeChat adapters from the config (default true). */
  platformAdapters?: boolean;
  /** Spool messages to <dataDir>/spool while the database is down (default true). */
  spool?: boolean;
  /** Timed jobs; built from the config by bot/scheduler/jobs.ts when omitted. */
  jobs?: ScheduledJob[] | ((deps: JobDeps) => Promise<ScheduledJob[]>);
  /** Start the scheduler (default true). */
  scheduler?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Observes every message the bot sends (console transcript, latency probes). */
  onSent?: (target: ChatTarget, text: string) => void;
}

/** What the timed jobs get to work with. */
export interface JobDeps {
  config: Config;
  database: Database;
  outbox: Outbox;
  logger: Logger;
  now: () => Date;
}

export interface RunningApp {
  readonly config: Config;
  readonly pipeline: Pipeline;
  readonly outbox: Outbox;
  readonly services: CommandServices;
  readonly adapters: readonly ChatAdapter[];
  readonly scheduler: Scheduler | undefined;
  health(): Record<string, unknown>;
  /** Stops taking messages, finishes the ones in flight, stops jobs, closes the database. */
  stop(reason?: string): Promise<void>;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, database, logger } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const ref: { pipeline?: Pipeline } = {};
  const health = (): Record<string, unknown> => ({
    database: database.kind,
    startedAt: startedAt.toISOString(),
    ...(ref.pipeline ? { messages: { ...ref.pipeline.stats } } : {}),
  });

  const adapters = [...(options.adapters ?? [])];
  if (options.platformAdapters !== false) {
    adapters.push(...(await createPlatformAdapters({ config, logger, dataDir: options.dataDir, health, ...(options.env ? { env: options.env } : {}) })));
  }
  for (const adapter of adapters) adapter.setHealthSource?.(health);
  const outbox = createOutbox(adapters, options.onSent);
  const services = createStorageServices({
    db: database.db,
    settings: config.rules,
    sealKey: options.keys.seal,
    weeklySummary: createWeeklySummary(database.db, config, now),
  });
  // While the database is down, messages go to a durable spool and are replayed later.
  const resilient: ResilientIngest | undefined =
    options.spool === false
      ? undefined
      : createResilientIngest({ db: database.db, dataDir: options.dataDir, pseudonymKey: options.keys.pseudonym, keepMessageMetadata: config.storage.keepMessageMetadata, logger: logger.child({ component: 'spool' }) });
  const pipeline = createPipeline({
    config,
    store: createStorageStore(database.db, { pseudonymKey: options.keys.pseudonym, keepMessageMetadata: config.storage.keepMessageMetadata, ...(resilient ? { resilient } : {}) }),
    ...(resilient ? { spool: resilient } : {}),
    outbox,
    services,
    logger,
    now,
  });
  ref.pipeline = pipeline;

  const started: ChatAdapter[] = [];
  try {
    for (const adapter of adapters) {
      await adapter.start((message) => pipeline.handle(message));
      started.push(adapter);
    }
  } catch (err) {
    await Promise.allSettled(started.map((a) => a.stop()));
    await resilient?.close();
    throw err;
  }

  let scheduler: Scheduler | undefined;
  if (options.scheduler !== false) {
    const deps: JobDeps = { config, database, outbox, logger, now };
    const jobs = typeof options.jobs === 'function' ? await options.jobs(deps) : (options.jobs ?? (await (await import('./scheduler/jobs.js')).buildJobs(deps)));
    scheduler = startScheduler(jobs, { timezone: config.timezone, logger, now });
  }
  logger.info({ adapters: adapters.map((a) => a.platform), database: database.kind, location: database.location }, 'jianfu started');

  let stopping: Promise<void> | undefined;
  return {
    config,
    pipeline,
    outbox,
    services,
    adapters,
    scheduler,
    health,
    stop(reason = 'stop') {
      stopping ??= (async () => {
        logger.info({ reason }, 'shutting down');
        // Order matters: first no new messages, then finish those in flight (adapters wait
        // for their handlers), then the writer's last batch, then jobs, then the database.
        const results = await Promise.allSettled(adapters.map((a) => a.stop()));
        for (const r of results) if (r.status === 'rejected') logger.error({ err: r.reason }, 'adapter did not stop cleanly');
        await pipeline.drain();
        await scheduler?.stop();
        // Spooled messages stay on disk and are replayed at the next start.
        await resilient?.close();
        await database.close();
        logger.info({ stats: pipeline.stats }, 'stopped');
      })();
      return stopping;
    },
  };
}
