// Routes outgoing text to the adapter of the target's platform. Alerts, reports and the
// pipeline send through this, never through an adapter directly, so a platform that is
// not running gets a clear error instead of a silent drop.
import type { ChatAdapter, ChatTarget, Outbox } from './types.js';
import { platformSchema, type Platform } from '../config/schema.js';

export class OutboxError extends Error {
  override name = 'OutboxError';
}

/** Outbox over the running adapters; `onSent` observes every delivered message (tests,
 *  the console transcript, latency measurement). */
export function createOutbox(adapters: readonly ChatAdapter[], onSent?: (target: ChatTarget, text: string) => void): Outbox {
  const byPlatform = new Map<Platform, ChatAdapter>(adapters.map((a) => [a.platform, a]));
  return {
    async send(target, text) {
      const adapter = byPlatform.get(target.platform);
      if (!adapter) {
        throw new OutboxError(`无法发送到 ${target.platform}：该聊天平台没有启用，请在 jianfu.config.yaml 的 chat 部分开启，或修改发送目标。`);
      }
      try {
        if (target.userId !== undefined) await adapter.sendToUser(target.userId, text);
        else await adapter.sendToChannel(target.channelId, text);
      } catch (err) {
        const where = target.userId !== undefined ? `用户 ${target.userId}` : `频道 ${target.channelId}`;
        throw new OutboxError(`发送到 ${target.platform} ${where} 失败：${(err as Error).message}`, { cause: err });
      }
      onSent?.(target, text);
    },
  };
}

/** Parses "platform:channelId" or "platform:@userId" (the config's target notation). */
export function parseTarget(spec: string): ChatTarget {
  const at = spec.indexOf(':');
  const platform = platformSchema.safeParse(at > 0 ? spec.slice(0, at) : '');
  const rest = at > 0 ? spec.slice(at + 1) : '';
  if (!platform.success || rest === '' || rest === '@') {
    throw new OutboxError(`发送目标「${spec}」格式不对：应写成「平台:频道ID」或「平台:@用户ID」，平台为 console、slack 或 wechat，例如 slack:C0123456。`);
  }
  return rest.startsWith('@') ? { platform: platform.data, userId: rest.slice(1) } : { platform: platform.data, channelId: rest };
}

/** The office's chat targets from config.office.channels. */
export function parseOfficeTargets(specs: readonly string[]): ChatTarget[] {
  return specs.map(parseTarget);
}

export function describeTarget(target: ChatTarget): string {
  return target.userId !== undefined ? `${target.platform}:@${target.userId}` : `${target.platform}:${target.channelId}`;
}
