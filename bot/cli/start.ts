// `jianfu start` (what `npm start` runs): the bot on its embedded defaults — PGlite in
// ./data, the local console chat with the demo county (loaded on first start, so a
// newcomer sees findings, a digest and alerts at once), plus Slack and/or WeChat when the
// config turns them on. SIGTERM/SIGINT stop it cleanly: no message in flight is lost.
//
// Also exports the start-up steps `console` and `demo` share.
import path from 'node:path';
import { loadConfig, ConfigError } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { createLogger, type Logger } from '../logger.js';
import { startApp, type RunningApp } from '../app.js';
import { ConsoleAdapter } from '../adapters/console.js';
import { consoleChannels, consolePeople, findConsoleChannel, findConsolePerson, isDmName, type ConsoleIdentity } from '../adapters/console-session.js';
import { ConsoleTerminal } from '../adapters/console-terminal.js';
import { DEMO_DEFAULT_CHANNEL, DEMO_DEFAULT_PERSON, needsDemoChat, withDemoChat } from '../demo/demo-config.js';
import { loadDemoData } from '../demo/load-demo.js';
import { printDemoOverview } from '../demo/print-overview.js';
import { runScriptedConsole } from '../adapters/console-script.js';
import { openDatabase, resolveDataDir } from '../../storage/open-database.js';
import type { Database } from '../../storage/database.js';
import { loadStorageKeys, type StorageKeys } from '../../storage/storage-keys.js';

export interface Prepared {
  config: Config;
  /** The console chat uses the demo county (no console groups configured). */
  demoChat: boolean;
  dataDir: string;
  logger: Logger;
  database: Database;
  keys: StorageKeys;
}

/** Loads the config, opens the log, the database and the keys. Errors become a Chinese
 *  line on stderr and an exit status. */
export async function prepare(options: { logToFile: boolean }): Promise<Prepared | number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `读取配置失败：${(err as Error).message}`}\n`);
    return 2;
  }
  const dataDir = resolveDataDir();
  const logTo = process.env.JIANFU_LOG === 'stderr' || !options.logToFile ? 'stderr' : path.join(dataDir, 'jianfu.log');
  const logger = createLogger({ destination: logTo });
  const demoChat = config.chat.console.enabled && needsDemoChat(config);
  if (demoChat) config = withDemoChat(config);
  let database: Database;
  try {
    database = await openDatabase({ dataDir });
  } catch (err) {
    logger.fatal({ err }, 'database unavailable at start');
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  let keys: StorageKeys;
  try {
    keys = loadStorageKeys({ dataDir });
  } catch (err) {
    await database.close();
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  return { config, demoChat, dataDir, logger, database, keys };
}

/** Resolves --as / --in against the console people and groups; unknown names become an
 *  ordinary member / an unconfigured group that still gets replies. */
export function resolveIdentity(config: Config, as: string | undefined, into: string | undefined): { config: Config; identity: ConsoleIdentity; notes: string[] } {
  const notes: string[] = [];
  let next = config;
  const firstPerson = findConsolePerson(config, DEMO_DEFAULT_PERSON) ?? config.people.find((p) => p.platform === 'console');
  let person = as ? findConsolePerson(config, as) : firstPerson;
  if (!person) {
    const name = as ?? '访客';
    notes.push(`配置中没有「${name}」，按普通成员处理。`);
    person = { platform: 'console', id: name, name, roles: ['member'], exempt: false };
    next = { ...next, people: [...next.people, person] };
  }
  let channel: ConsoleIdentity['channel'];
  if (into !== undefined && isDmName(into)) channel = undefined;
  else {
    const wanted = into ?? DEMO_DEFAULT_CHANNEL;
    let found = findConsoleChannel(next, wanted) ?? (into === undefined ? next.channels.find((c) => c.platform === 'console' && c.kind !== 'office') : undefined);
    if (!found) {
      const name = into ?? '工作群';
      notes.push(`配置中没有群「${name}」，按未登记的群处理（发现问题时在群里提醒）。`);
      found = { platform: 'console', id: name, name, kind: 'other', onFinding: ['reply'] };
      next = { ...next, channels: [...next.channels, found] };
    }
    channel = { id: found.id, name: found.name ?? found.id };
  }
  return { config: next, identity: { person: { id: person.id, name: person.name ?? person.id }, channel }, notes };
}

/** Stops the app on SIGTERM/SIGINT — also when the signal comes while it is still
 *  starting (then it stops as soon as it is up). A second signal exits at once. */
export function stopOnSignals(logger: Logger, onStopped: (code: number) => void): { attach(app: RunningApp): void; detach(): void } {
  let signalled: NodeJS.Signals | undefined;
  let app: RunningApp | undefined;
  const stop = (target: RunningApp, reason: string): void => {
    target.stop(reason).then(
      () => onStopped(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        onStopped(1);
      },
    );
  };
  const handler = (signal: NodeJS.Signals): void => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    signalled = signal;
    if (app) stop(app, signal);
    else logger.info({ signal }, 'signal during start-up: stopping once started');
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return {
    attach(started) {
      app = started;
      if (signalled) stop(started, signalled);
    },
    detach() {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    },
  };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write('用法：jianfu start\n启动机器人：默认使用 ./data 中的内置数据库和本地控制台聊天（首次启动载入演示数据）；在 jianfu.config.yaml 中可开启 Slack、微信。\n');
    return 0;
  }
  const consoleOn = (() => {
    try {
      return loadConfig().chat.console.enabled;
    } catch {
      return true;
    }
  })();
  const interactive = consoleOn && Boolean(process.stdin.isTTY);
  const prepared = await prepare({ logToFile: consoleOn });
  if (typeof prepared === 'number') return prepared;
  const { database, keys, dataDir, logger } = prepared;
  let config = prepared.config;

  let demo: Awaited<ReturnType<typeof loadDemoData>> | undefined;
  if (prepared.demoChat) {
    try {
      demo = await loadDemoData({ database, keys, config, logger });
    } catch (err) {
      logger.error({ err }, 'demo data could not be loaded');
      process.stderr.write(`演示数据载入失败：${(err as Error).message}\n`);
    }
  }

  const resolved = resolveIdentity(config, undefined, undefined);
  config = resolved.config;
  let terminal: ConsoleTerminal | undefined;
  const consoleAdapter = consoleOn
    ? new ConsoleAdapter({
        write: (block) => (terminal ? terminal.write(block) : process.stdout.write(`${block}\n`)),
        people: consolePeople(config),
        channels: consoleChannels(config),
      })
    : undefined;

  let resolveStopped: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));
  const signals = stopOnSignals(logger, (code) => resolveStopped(code));
  let app: RunningApp;
  try {
    app = await startApp({ config, database, keys, dataDir, logger, adapters: consoleAdapter ? [consoleAdapter] : [] });
  } catch (err) {
    signals.detach();
    logger.fatal({ err }, 'start failed');
    process.stderr.write(`启动失败：${(err as Error).message}\n`);
    await database.close();
    return 1;
  }
  signals.attach(app);

  return new Promise<number>((resolve) => {
    void stopped.then(resolve);
    const finish = (): void => {
      signals.detach();
      app.stop('end of input').then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    if (interactive && consoleAdapter) {
      terminal = new ConsoleTerminal({ adapter: consoleAdapter, config, identity: resolved.identity });
      process.stdout.write(`减负哨兵 · ${config.county} · 本地控制台（日志：${path.join(dataDir, 'jianfu.log')}）\n`);
      const overview = demo && !demo.alreadyLoaded ? printDemoOverview({ database, config, write: (t) => process.stdout.write(t) }) : Promise.resolve();
      void overview.catch((err: unknown) => logger.error({ err }, 'overview failed')).then(() => terminal!.run()).then(finish);
    } else if (consoleAdapter && app.adapters.length === 1) {
      // Console only and no terminal: read the chat from standard input, like `jianfu console`.
      void runScriptedConsole({ adapter: consoleAdapter, identity: resolved.identity }).then(finish);
    }
    // Otherwise (Slack/WeChat): run until a signal.
  });
}
