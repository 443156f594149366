// WeChat through Wechaty 1.x. The puppet (the protocol implementation) is chosen by name
// in the config — real deployments pick one (wechaty-puppet-service with a token,
// wechaty-puppet-padlocal, …); tests pass a wechaty-puppet-mock instance. This is the only
// file that imports Wechaty.
//
// Readiness is the `login` event: `bot.ready()` never resolves with the mock puppet, and
// with a real puppet nothing can be sent before someone has scanned the QR code anyway.
import path from 'node:path';
import { WechatyBuilder, type Message, type Wechaty } from 'wechaty';
import type { Logger } from 'pino';
import type { ChatAdapter, IncomingHandler } from './types.js';

export interface WechatAdapterOptions {
  /** Puppet npm package name (e.g. "wechaty-puppet-service"), or a puppet instance. */
  puppet: string | object;
  /** Options for a named puppet, e.g. { token } for wechaty-puppet-service. */
  puppetOptions?: Record<string, unknown>;
  /** Bot name; with `dataDir`, the login session is kept at <dataDir>/wechat/<name>.memory-card.json. */
  name: string;
  dataDir?: string;
  logger: Logger;
  /** How long a send waits for login before failing (default 60 s). */
  loginTimeoutMs?: number;
}

/** Puppet options from the environment: secrets never live in the config file. */
export function wechatPuppetOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const token = env.WECHATY_PUPPET_SERVICE_TOKEN ?? env.WECHATY_TOKEN;
  return token ? { token } : {};
}

export class WechatAdapter implements ChatAdapter {
  readonly platform = 'wechat' as const;
  private readonly bot: Wechaty;
  private handler: IncomingHandler | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private loggedIn = false;
  private readonly loginWaiters = new Set<() => void>();

  constructor(private readonly options: WechatAdapterOptions) {
    const name = options.dataDir ? path.join(options.dataDir, 'wechat', options.name) : options.name;
    const built = typeof options.puppet === 'string'
      ? { name, puppet: options.puppet, ...(options.puppetOptions ? { puppetOptions: options.puppetOptions } : {}) }
      : { name, puppet: options.puppet };
    // Puppet names outside Wechaty's own list are valid at run time (any npm package).
    this.bot = WechatyBuilder.build(built as Parameters<typeof WechatyBuilder.build>[0]);
    const log = options.logger;
    this.bot.on('scan', (qrcode, status) => {
      log.info({ status, url: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, 'wechat: scan the QR code to log in');
    });
    this.bot.on('login', (user) => {
      this.loggedIn = true;
      log.info({ user: user.name() }, 'wechat logged in');
      for (const wake of this.loginWaiters) wake();
      this.loginWaiters.clear();
    });
    this.bot.on('logout', () => {
      this.loggedIn = false;
      log.warn('wechat logged out');
    });
    this.bot.on('error', (err) => log.error({ err }, 'wechat error'));
    this.bot.on('message', (message) => {
      const work = this.onMessage(message).catch((err: unknown) => log.error({ err }, 'wechat message handler failed'));
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  get isLoggedIn(): boolean {
    return this.loggedIn;
  }

  async start(handler: IncomingHandler): Promise<void> {
    this.handler = handler;
    await this.bot.start();
  }

  /** Resolves once logged in (after the QR code is scanned), or rejects after `timeoutMs`. */
  waitForLogin(timeoutMs = this.options.loginTimeoutMs ?? 60_000): Promise<void> {
    if (this.loggedIn) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.loginWaiters.delete(wake);
        reject(new Error(`微信尚未登录（等待 ${Math.round(timeoutMs / 1000)} 秒），请查看日志中的二维码链接并扫码登录。`));
      }, timeoutMs);
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.loginWaiters.add(wake);
    });
  }

  async stop(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.bot.stop();
  }

  async sendToChannel(channelId: string, text: string): Promise<void> {
    await this.waitForLogin();
    // Configured rooms may be named by id or by topic.
    const room = (await this.bot.Room.find({ id: channelId })) ?? (await this.bot.Room.find({ topic: channelId }));
    if (!room) throw new Error(`找不到微信群「${channelId}」：请确认机器人账号在群里，且配置中的群 ID 或群名称正确。`);
    await room.say(text);
  }

  async sendToUser(userId: string, text: string): Promise<void> {
    await this.waitForLogin();
    const contact = await this.bot.Contact.find({ id: userId });
    if (!contact) throw new Error(`找不到微信联系人「${userId}」：请确认对方已添加机器人为好友。`);
    await contact.say(text);
  }

  private async onMessage(message: Message): Promise<void> {
    if (!this.handler) return;
    if (message.type() !== this.bot.Message.Type.Text) return;
    const room = message.room();
    const talker = message.talker();
    let text = message.text();
    let addressed = false;
    if (room && !message.self() && (await message.mentionSelf())) {
      addressed = true;
      text = await message.mentionText();
    }
    await this.handler({
      platform: 'wechat',
      channelId: room ? room.id : talker.id,
      ...(room ? { channelName: await room.topic() } : {}),
      isDirect: !room,
      messageId: message.id,
      senderId: talker.id,
      senderName: talker.name(),
      text,
      sentAt: message.date(),
      isSelf: message.self(),
      addressedToBot: addressed,
    });
  }
}
