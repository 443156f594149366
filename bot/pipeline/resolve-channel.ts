// Looks up the configured channel and sender of a message and decides attribution:
// the township whose group it is, and the department (or leader) that spoke.
import type { ChatMessage } from '../adapters/types.js';
import type { ChannelConfig, Config, FindingAction, PersonConfig } from '../config/schema.js';

export interface MessagePlace {
  channel: ChannelConfig | undefined;
  person: PersonConfig | undefined;
  actions: readonly FindingAction[];
  township?: string;
  department?: string;
  channelName: string;
}

/** Index of channels and people by platform, built once per config. */
export class Directory {
  private readonly channels = new Map<string, ChannelConfig>();
  private readonly people = new Map<string, PersonConfig>();

  constructor(readonly config: Config) {
    // WeChat rooms may be configured by topic or by id: index both (id wins).
    for (const c of config.channels) this.channels.set(`${c.platform}\u0000${c.id}`, c);
    for (const p of config.people) this.people.set(`${p.platform}\u0000${p.id}`, p);
  }

  channel(platform: string, channelId: string, channelName?: string): ChannelConfig | undefined {
    return this.channels.get(`${platform}\u0000${channelId}`) ?? (channelName ? this.channels.get(`${platform}\u0000${channelName}`) : undefined);
  }

  person(platform: string, userId: string): PersonConfig | undefined {
    return this.people.get(`${platform}\u0000${userId}`);
  }

  place(message: ChatMessage): MessagePlace {
    const channel = this.channel(message.platform, message.channelId, message.channelName);
    const person = this.person(message.platform, message.senderId);
    const township = channel?.township ?? person?.township;
    // The sender's own department names who imposed the burden; a department's group
    // stands in when the sender is not configured.
    const department = person?.department ?? channel?.department;
    return {
      channel,
      person,
      actions: channel?.onFinding ?? ['silent'],
      ...(township ? { township } : {}),
      ...(department ? { department } : {}),
      channelName: channel?.name ?? message.channelName ?? message.channelId,
    };
  }
}
