// The interactive console chat on a terminal: type as one of the demo people in one of
// the demo groups (or privately to the bot), switch with :人 / :群 / :私聊, and see every
// message the bot sends as "[频道] 内容". Lines starting with ":" (or "：") steer the
// console itself; everything else is a chat message.
import readline from 'node:readline';
import type { Config } from '../config/schema.js';
import type { ConsoleAdapter } from './console.js';
import {
  consoleChannels,
  describeIdentity,
  findConsoleChannel,
  findConsolePerson,
  isDmName,
  type ConsoleIdentity,
} from './console-session.js';

export interface TerminalOptions {
  adapter: ConsoleAdapter;
  config: Config;
  identity: ConsoleIdentity;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export const CONSOLE_HELP = [
  '控制台操作（以冒号开头）：',
  '  :人 <姓名>    换一个人说话，例：:人 陈静（纪检监察人员）',
  '  :群 <群名>    换一个群，例：:群 全县乡镇工作群',
  '  :私聊         和机器人私聊（举报、查询在这里做）',
  '  :列表         列出可选的人和群',
  '  :帮助         显示本说明；发送「帮助」则是机器人的命令说明',
  '  :退出         退出（也可按 Ctrl+D）',
].join('\n');

function roster(config: Config): string {
  const people = config.people
    .filter((p) => p.platform === 'console')
    .map((p) => {
      const what = [p.department, p.township, ...p.roles.filter((r) => r !== 'member').map((r) => ({ inspector: '纪检监察', 'township-admin': '乡镇管理员', 'office-staff': '减负办', admin: '管理员' })[r])]
        .filter(Boolean)
        .join('·');
      return `  ${p.name ?? p.id}${what ? `（${what}）` : ''}`;
    });
  const groups = consoleChannels(config).map((c) => `  ${c.name}`);
  return ['可选的人：', ...people, '可选的群：', ...groups].join('\n');
}

export class ConsoleTerminal {
  private rl: readline.Interface | undefined;
  private readonly output: NodeJS.WritableStream & { isTTY?: boolean };

  constructor(private readonly options: TerminalOptions) {
    this.output = (options.output ?? process.stdout) as NodeJS.WritableStream & { isTTY?: boolean };
  }

  /** Writes a bot message above the prompt without garbling what the user is typing. */
  write(block: string): void {
    if (this.rl && this.output.isTTY) this.output.write('\r\x1b[K');
    this.output.write(`${block}\n`);
    this.rl?.prompt(true);
  }

  /** Runs until the user quits or input ends. */
  run(): Promise<void> {
    const input = this.options.input ?? process.stdin;
    const output = this.output;
    const { adapter, config } = this.options;
    let identity = this.options.identity;
    const rl = readline.createInterface({ input, output, terminal: true, historySize: 200 });
    this.rl = rl;
    const setPrompt = (): void => rl.setPrompt(`${describeIdentity(identity)}> `);
    setPrompt();

    const control = (line: string): boolean => {
      const [word = '', ...rest] = line.slice(1).trim().split(/\s+/u);
      const arg = rest.join(' ');
      switch (word) {
        case '人':
        case 'as': {
          const person = findConsolePerson(config, arg);
          if (!person) output.write(`没有「${arg}」这个人。\n${roster(config)}\n`);
          else identity = { ...identity, person: { id: person.id, name: person.name ?? person.id } };
          break;
        }
        case '群':
        case 'in': {
          if (isDmName(arg)) identity = { ...identity, channel: undefined };
          else {
            const channel = findConsoleChannel(config, arg);
            if (!channel) output.write(`没有「${arg}」这个群。\n${roster(config)}\n`);
            else identity = { ...identity, channel: { id: channel.id, name: channel.name ?? channel.id } };
          }
          break;
        }
        case '私聊':
        case 'dm':
          identity = { ...identity, channel: undefined };
          break;
        case '列表':
        case 'list':
          output.write(`${roster(config)}\n`);
          break;
        case '退出':
        case 'quit':
        case 'exit':
          rl.close();
          return true;
        default:
          output.write(`${CONSOLE_HELP}\n`);
      }
      setPrompt();
      return false;
    };

    return new Promise<void>((resolve) => {
      let queue = Promise.resolve();
      rl.on('line', (raw) => {
        const line = raw.trim();
        if (line === '') {
          rl.prompt();
          return;
        }
        if (/^[:：]/u.test(line)) {
          if (!control(line)) rl.prompt();
          return;
        }
        const who = identity;
        // One message at a time, in order, like a real chat.
        queue = queue
          .then(() => adapter.say(who.person, who.channel?.id, line))
          .catch((err: unknown) => void output.write(`（发送失败：${(err as Error).message}）\n`))
          .then(() => rl.prompt());
      });
      rl.on('close', () => {
        this.rl = undefined;
        void queue.then(() => resolve());
      });
      output.write(`${CONSOLE_HELP}\n\n`);
      rl.prompt();
    });
  }
}
