// `jianfu console [--as NAME] [--in GROUP|dm]` — the local console chat. A contract others
// script against: with standard input not a terminal, each line is one message from that
// person in that group (or a private chat with the bot); every message the bot sends is
// printed as "[频道] 内容" on standard output; exit 0 at end of input once all work is done.
// On a terminal it is the interactive chat. No timed jobs and no demo loading here.
import { parseArgs } from 'node:util';
import { ConsoleAdapter } from '../adapters/console.js';
import { consoleChannels, consolePeople } from '../adapters/console-session.js';
import { ConsoleTerminal } from '../adapters/console-terminal.js';
import { runScriptedConsole } from '../adapters/console-script.js';
import { startApp } from '../app.js';
import { prepare, resolveIdentity, stopOnSignals } from './start.js';

const USAGE = '用法：jianfu console [--as 姓名] [--in 群名|dm]\n  --as  以谁的身份发言（配置中的姓名或 ID）\n  --in  在哪个群发言；dm 表示与机器人私聊\n标准输入不是终端时，每行是一条消息，机器人发出的每条消息以「[频道] 内容」打印。\n';

export async function run(args: string[]): Promise<number> {
  let values: { as?: string; in?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { as: { type: 'string' }, in: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`参数有误：${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY);
  const prepared = await prepare({ logToFile: true });
  if (typeof prepared === 'number') return prepared;
  const { database, keys, dataDir, logger } = prepared;
  const { config, identity, notes } = resolveIdentity(prepared.config, values.as, values.in);
  for (const note of notes) process.stderr.write(`${note}\n`);

  let terminal: ConsoleTerminal | undefined;
  const adapter = new ConsoleAdapter({
    write: (block) => (terminal ? terminal.write(block) : process.stdout.write(`${block}\n`)),
    people: consolePeople(config),
    channels: consoleChannels(config),
  });
  let resolveStopped: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));
  const signals = stopOnSignals(logger, (code) => resolveStopped(code));
  const app = await startApp({ config, database, keys, dataDir, logger, adapters: [adapter], platformAdapters: false, scheduler: false }).catch(async (err: unknown) => {
    process.stderr.write(`启动失败：${(err as Error).message}\n`);
    await database.close();
    return undefined;
  });
  if (!app) {
    signals.detach();
    return 1;
  }
  signals.attach(app);

  return new Promise<number>((resolve) => {
    void stopped.then(resolve);
    const detach = (): void => signals.detach();
    const session = interactive
      ? (terminal = new ConsoleTerminal({ adapter, config, identity })).run()
      : runScriptedConsole({ adapter, identity });
    void session
      .catch((err: unknown) => {
        logger.error({ err }, 'console input failed');
        process.stderr.write(`读取输入失败：${(err as Error).message}\n`);
      })
      .then(() => {
        detach();
        return app.stop('end of input');
      })
      .then(
        () => resolve(0),
        () => resolve(1),
      );
  });
}
