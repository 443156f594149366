// A bot assembled from real parts for tests: the pipeline over a real database (PGlite,
// or PostgreSQL when asked), the console adapter capturing everything the bot sends.
import { randomBytes } from 'node:crypto';
import { ConsoleAdapter, type ConsolePerson } from '../../../bot/adapters/console.js';
import { createOutbox } from '../../../bot/adapters/outbox.js';
import { parseConfig } from '../../../bot/config/load-config.js';
import type { Config, ConfigInput } from '../../../bot/config/schema.js';
import { silentLogger } from '../../../bot/logger.js';
import { createPipeline, type Pipeline } from '../../../bot/pipeline/create-pipeline.js';
import { createStorageStore } from '../../../bot/pipeline/storage-store.js';
import type { MessageSpool, PipelineStore } from '../../../bot/pipeline/store-port.js';
import type { CommandServices } from '../../../bot/commands/services.js';
import { createStorageServices } from '../../../bot/commands/storage-services.js';
import { createWeeklySummary } from '../../../bot/commands/weekly-markdown.js';
import { openTestDatabase, type TestBackend, type TestDatabase } from '../../support/db.js';
import { startApp, type RunningApp } from '../../../bot/app.js';
import type { ChatAdapter } from '../../../bot/adapters/types.js';

export const TEST_CONFIG: ConfigInput = {
  county: '西峡县',
  townships: ['丹水镇', '回车镇', '田关镇'],
  departments: ['县农业农村局', '县住建局', '县委组织部'],
  channels: [
    { platform: 'console', id: 'danshui', name: '丹水镇工作群', kind: 'township', township: '丹水镇', onFinding: ['reply', 'office'] },
    { platform: 'console', id: 'county', name: '全县工作群', kind: 'county', onFinding: ['dm'] },
    { platform: 'console', id: 'quiet', name: '安静群', kind: 'other', onFinding: ['silent'] },
    { platform: 'console', id: 'office', name: '县纪委监委', kind: 'office', onFinding: ['silent'] },
  ],
  people: [
    { platform: 'console', id: 'liming', name: '李明', department: '县农业农村局' },
    { platform: 'console', id: 'wangfang', name: '王芳', township: '丹水镇', roles: ['township-admin'] },
    { platform: 'console', id: 'chenjing', name: '陈静', roles: ['inspector'] },
    { platform: 'console', id: 'zhaoqiang', name: '赵强', roles: ['office-staff'] },
    { platform: 'console', id: 'liuyang', name: '刘洋', township: '丹水镇' },
    { platform: 'console', id: 'newsbot', name: '通知机器人', exempt: true },
  ],
  office: { channels: ['console:office'] },
};

export function person(config: Config, id: string): ConsolePerson {
  const p = config.people.find((x) => x.id === id);
  return { id, name: p?.name ?? id };
}

export interface Harness {
  config: Config;
  database: TestDatabase;
  adapter: ConsoleAdapter;
  pipeline: Pipeline;
  /** Everything the bot sent, as "[频道] 内容". */
  sent: string[];
  pseudonymKey: Buffer;
  say(personId: string, channelId: string | undefined, text: string, options?: { messageId?: string }): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  backend?: TestBackend;
  config?: ConfigInput;
  /** Default: the real services over the test database. */
  services?: CommandServices;
  /** JIANFU_SEAL_KEY for named reports (default none). */
  sealKey?: Buffer | null;
  /** Replace the store (e.g. to make it fail). */
  wrapStore?: (store: PipelineStore) => PipelineStore;
  spool?: MessageSpool;
  database?: TestDatabase;
  now?: () => Date;
}

export const NO_SERVICES: CommandServices = new Proxy({} as CommandServices, {
  get: (_t, name) => () => Promise.reject(new Error(`service ${String(name)} not available in this test`)),
});

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const config = parseConfig(options.config ?? TEST_CONFIG);
  const database = options.database ?? (await openTestDatabase(options.backend ? { backend: options.backend } : {}));
  const sent: string[] = [];
  const adapter = new ConsoleAdapter({
    write: (block) => sent.push(block),
    people: config.people.filter((p) => p.platform === 'console').map((p) => ({ id: p.id, name: p.name ?? p.id })),
    channels: config.channels.filter((c) => c.platform === 'console').map((c) => ({ id: c.id, name: c.name ?? c.id })),
  });
  const pseudonymKey = randomBytes(32);
  let store = createStorageStore(database.db, { pseudonymKey, keepMessageMetadata: true });
  if (options.wrapStore) store = options.wrapStore(store);
  const pipeline = createPipeline({
    config,
    store,
    ...(options.spool ? { spool: options.spool } : {}),
    outbox: createOutbox([adapter]),
    services:
      options.services ??
      createStorageServices({
        db: database.db,
        settings: config.rules,
        sealKey: options.sealKey ?? null,
        weeklySummary: createWeeklySummary(database.db, config, options.now),
      }),
    logger: silentLogger(),
    ...(options.now ? { now: options.now } : {}),
  });
  await adapter.start((m) => pipeline.handle(m));
  return {
    config,
    database,
    adapter,
    pipeline,
    sent,
    pseudonymKey,
    say: (personId, channelId, text, sayOptions) => adapter.say(person(config, personId), channelId, text, sayOptions ?? {}),
    close: async () => {
      await adapter.stop();
      await pipeline.drain();
      if (!options.database) await database.close();
    },
  };
}

/** The whole app on one test adapter (Slack over loopback, the Wechaty mock puppet): no
 *  adapters from the config, no scheduler, a fresh pseudonym key, no seal key. */
export function startAppOn(adapter: ChatAdapter, options: { config: Config; database: TestDatabase; dataDir: string }): Promise<RunningApp> {
  return startApp({
    ...options,
    keys: { pseudonym: randomBytes(32), seal: null },
    logger: silentLogger(),
    adapters: [adapter],
    platformAdapters: false,
    scheduler: false,
  });
}
