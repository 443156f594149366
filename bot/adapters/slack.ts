// Slack through @slack/bolt 5: Events API over HTTP (HTTPReceiver, signed requests) or
// Socket Mode. Messages in channels the bot is in, private messages, and the slash
// command /jianfu. This is the only file that imports the Slack SDK.
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// Named imports: the default export is App under some loaders and the whole module under others.
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger as SlackLogger, LogLevel } from '@slack/logger';
import type { Logger } from 'pino';
import type { ChatAdapter, ChatMessage, IncomingHandler } from './types.js';

export interface SlackAdapterOptions {
  mode: 'http' | 'socket';
  /** HTTP mode: port of the events endpoint and /healthz; socket mode: port of /healthz. */
  port: number;
  host?: string;
  botToken: string;
  /** Required in HTTP mode. */
  signingSecret?: string;
  /** Required in Socket Mode (xapp-…). */
  appToken?: string;
  /** Web API base, e.g. "http://127.0.0.1:9999/api/" (tests, benchmarks, proxies). */
  slackApiUrl?: string;
  logger: Logger;
  /** Extra fields for GET /healthz. */
  health?: () => Record<string, unknown>;
  /** Slash command names handled; default /jianfu and /jf. */
  slashCommands?: string[];
}

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

/** Reads the secrets from the environment (never from the config file). */
export function slackSecretsFromEnv(mode: 'http' | 'socket', env: NodeJS.ProcessEnv = process.env): Pick<SlackAdapterOptions, 'botToken' | 'signingSecret' | 'appToken' | 'slackApiUrl'> {
  const missing: string[] = [];
  const botToken = env.SLACK_BOT_TOKEN;
  if (!botToken) missing.push('SLACK_BOT_TOKEN（机器人令牌，xoxb- 开头）');
  if (mode === 'http' && !env.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET（签名密钥，在 Slack 应用的 Basic Information 页面）');
  if (mode === 'socket' && !env.SLACK_APP_TOKEN) missing.push('SLACK_APP_TOKEN（应用级令牌，xapp- 开头，需 connections:write 权限）');
  if (missing.length > 0) {
    throw new SlackConfigError(`已在配置中启用 Slack（${mode === 'http' ? 'HTTP 事件' : 'Socket Mode'}），但缺少环境变量：${missing.join('；')}。请设置后重新启动，或在 jianfu.config.yaml 中关闭 chat.slack.enabled。`);
  }
  return {
    botToken: botToken!,
    ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
    ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
  };
}

/** Bolt logs through pino, so all logs stay structured and in one place. */
function boltLogger(logger: Logger): SlackLogger {
  let level = 'info' as LogLevel;
  const log = logger.child({ component: 'slack' });
  const fmt = (msg: unknown[]): string => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...m) => log.debug(fmt(m)),
    info: (...m) => log.info(fmt(m)),
    warn: (...m) => log.warn(fmt(m)),
    error: (...m) => log.error(fmt(m)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** Slack escapes &, < and > and wraps links and mentions in <…>; undo that for the rules. */
export function plainSlackText(text: string, botUserId?: string): { text: string; addressed: boolean } {
  let addressed = false;
  let out = text;
  if (botUserId) {
    const mention = new RegExp(`^\\s*<@${botUserId}(?:\\|[^>]*)?>[\\s:：,，]*`);
    if (mention.test(out)) {
      addressed = true;
      out = out.replace(mention, '');
    }
  }
  out = out
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name ?? id}`)
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { text: out, addressed };
}

const SEND_RETRIES = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4_000 };

/** Message subtypes that carry a person's new text; edits, joins and deletions do not. */
const TEXT_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message']);

interface SlackMessageEvent {
  type: 'message';
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
}

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  private readonly app: InstanceType<typeof App>;
  private readonly inFlight = new Set<Promise<void>>();
  private handler: IncomingHandler | undefined;
  private botUserId: string | undefined;
  private botId: string | undefined;
  private server: Server | undefined;
  private stopping = false;
  private healthSource: (() => Record<string, unknown>) | undefined;

  constructor(private readonly options: SlackAdapterOptions) {
    this.healthSource = options.health;
    const logger = boltLogger(options.logger);
    const healthRoute = {
      path: '/healthz',
      method: ['GET'],
      handler: (_req: unknown, res: ServerResponse) => {
        const body = JSON.stringify({ status: this.stopping ? 'stopping' : 'ok', platform: 'slack', mode: options.mode, ...(this.healthSource?.() ?? {}) });
        res.writeHead(this.stopping ? 503 : 200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(body);
      },
    };
    // A few quick retries, not Slack's default half hour: a send stuck for minutes would
    // hold up shutdown, and alerts and digests have their own retry with back-off.
    const clientOptions = { retryConfig: SEND_RETRIES, ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}) };
    if (options.mode === 'http') {
      if (!options.signingSecret) throw new SlackConfigError('Slack HTTP 模式需要 SLACK_SIGNING_SECRET。');
      const receiver = new HTTPReceiver({
        signingSecret: options.signingSecret,
        endpoints: '/slack/events',
        customRoutes: [healthRoute],
        logger,
        // Ack at once: Slack retries anything not acknowledged within 3 s.
        processBeforeResponse: false,
      });
      this.app = new App({ token: options.botToken, receiver, clientOptions, logger });
    } else {
      if (!options.appToken) throw new SlackConfigError('Slack Socket Mode 需要 SLACK_APP_TOKEN。');
      const receiver = new SocketModeReceiver({
        appToken: options.appToken,
        customRoutes: [healthRoute],
        installerOptions: { port: options.port },
        logger,
      });
      this.app = new App({ token: options.botToken, receiver, clientOptions, logger });
    }
    this.registerListeners();
  }

  setHealthSource(source: () => Record<string, unknown>): void {
    this.healthSource = source;
  }

  /** The bound HTTP port (HTTP mode), e.g. when started on port 0 in tests. */
  get port(): number | undefined {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
  }

  async start(handler: IncomingHandler): Promise<void> {
    this.handler = handler;
    this.stopping = false;
    try {
      // Fail fast at start with a clear message instead of retrying for half an hour.
      const probe = new webApi.WebClient(this.options.botToken, {
        retryConfig: { retries: 2, minTimeout: 500, maxTimeout: 2_000 },
        timeout: 10_000,
        logger: boltLogger(this.options.logger),
        ...(this.options.slackApiUrl ? { slackApiUrl: this.options.slackApiUrl } : {}),
      });
      const auth = await probe.auth.test();
      this.botUserId = auth.user_id;
      this.botId = auth.bot_id;
    } catch (err) {
      throw new Error(
        `无法连接 Slack（auth.test 失败：${(err as Error).message}）。请检查 SLACK_BOT_TOKEN 是否正确、应用是否已安装到工作区，以及网络能否访问 Slack。`,
        { cause: err },
      );
    }
    const started: unknown =
      this.options.mode === 'http'
        ? await this.app.start({ port: this.options.port, host: this.options.host ?? '0.0.0.0' })
        : await this.app.start();
    if (started && typeof (started as Server).address === 'function') this.server = started as Server;
    this.options.logger.info({ mode: this.options.mode, port: this.port ?? this.options.port, botUserId: this.botUserId }, 'slack adapter started');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.app.stop();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async sendToChannel(channelId: string, text: string): Promise<void> {
    await this.app.client.chat.postMessage({ channel: channelId, text, unfurl_links: false, unfurl_media: false });
  }

  async sendToUser(userId: string, text: string): Promise<void> {
    // A user id as channel posts into the bot's private conversation with that person.
    await this.app.client.chat.postMessage({ channel: userId, text, unfurl_links: false, unfurl_media: false });
  }

  private dispatch(message: ChatMessage): Promise<void> {
    const handler = this.handler;
    if (!handler) return Promise.resolve();
    const work = handler(message).catch((err: unknown) => this.options.logger.error({ err }, 'slack message handler failed'));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  private registerListeners(): void {
    this.app.event('message', async ({ event }) => {
      const e = event as unknown as SlackMessageEvent;
      if (!TEXT_SUBTYPES.has(e.subtype) || typeof e.text !== 'string') return;
      const isSelf = (this.botUserId !== undefined && e.user === this.botUserId) || (this.botId !== undefined && e.bot_id === this.botId);
      const { text, addressed } = plainSlackText(e.text, this.botUserId);
      // Fire and forget: the event is acknowledged already; the pipeline takes it from here.
      void this.dispatch({
        platform: 'slack',
        channelId: e.channel,
        isDirect: e.channel_type === 'im',
        messageId: e.ts,
        senderId: e.user ?? e.bot_id ?? 'unknown',
        text,
        sentAt: new Date(Math.round(Number(e.ts) * 1000)),
        isSelf,
        addressedToBot: addressed,
      });
    });

    const names = this.options.slashCommands ?? ['/jianfu', '/jf'];
    this.app.command(new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`), async ({ command, ack, respond }) => {
      // Answer through the HTTP response itself when the bot is quick (it nearly always
      // is); fall back to response_url if the work takes longer than Slack waits.
      let acked = false;
      const timer = setTimeout(() => {
        acked = true;
        void ack({ response_type: 'ephemeral', text: '正在处理…' });
      }, 2_000);
      const reply = async (text: string): Promise<void> => {
        if (!acked) {
          acked = true;
          clearTimeout(timer);
          await ack({ response_type: 'ephemeral', text });
        } else {
          await respond({ response_type: 'ephemeral', text });
        }
      };
      try {
        await this.dispatch({
          platform: 'slack',
          channelId: command.channel_id,
          ...(command.channel_name ? { channelName: command.channel_name } : {}),
          // A slash command and its answer are seen only by the person who typed it,
          // so it is as private as a direct message (a report may be filed this way).
          isDirect: true,
          messageId: `cmd:${command.trigger_id}`,
          senderId: command.user_id,
          ...(command.user_name ? { senderName: command.user_name } : {}),
          text: `/${command.text ?? ''}`,
          sentAt: new Date(),
          addressedToBot: true,
          respond: reply,
        });
      } finally {
        clearTimeout(timer);
        if (!acked) {
          acked = true;
          await ack();
        }
      }
    });
  }
}
