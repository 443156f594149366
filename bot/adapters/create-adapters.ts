// Builds the chat adapters the config turns on. Slack and WeChat SDKs are loaded only
// when enabled, so the console works (and starts fast) without them.
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { ChatAdapter } from './types.js';

export interface AdapterContext {
  config: Config;
  logger: Logger;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Extra fields for the Slack health endpoint. */
  health?: () => Record<string, unknown>;
}

export async function createPlatformAdapters(ctx: AdapterContext): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  const { chat } = ctx.config;
  if (chat.slack.enabled) {
    const { SlackAdapter, slackSecretsFromEnv } = await import('./slack.js');
    adapters.push(
      new SlackAdapter({
        mode: chat.slack.mode,
        // PORT (set by many hosting platforms) overrides the config's port.
        port: Number((ctx.env ?? process.env).PORT || chat.slack.port),
        ...slackSecretsFromEnv(chat.slack.mode, ctx.env ?? process.env),
        logger: ctx.logger,
        ...(ctx.health ? { health: ctx.health } : {}),
      }),
    );
  }
  if (chat.wechat.enabled) {
    const { WechatAdapter, wechatPuppetOptionsFromEnv } = await import('./wechaty.js');
    adapters.push(
      new WechatAdapter({
        puppet: ctx.env?.WECHATY_PUPPET ?? chat.wechat.puppet,
        puppetOptions: wechatPuppetOptionsFromEnv(ctx.env ?? process.env),
        name: chat.wechat.name,
        dataDir: ctx.dataDir,
        logger: ctx.logger,
      }),
    );
  }
  return adapters;
}
