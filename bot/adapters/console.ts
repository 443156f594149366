// The local console chat: a peer of Slack and WeChat behind the same adapter interface.
// Input comes from whoever drives it (the interactive terminal UI, the scripted
// `jianfu console`, tests, the benchmark) through `say()`; everything the bot sends is
// written as one "[频道] 内容" block through `write`.
import { randomUUID } from 'node:crypto';
import type { ChatAdapter, ChatMessage, IncomingHandler } from './types.js';

export interface ConsolePerson {
  id: string;
  name: string;
}

export interface ConsoleChannel {
  id: string;
  name: string;
}

export interface ConsoleAdapterOptions {
  /** Receives each outgoing message as "[频道] 内容" (multi-line content stays as is). */
  write: (block: string) => void;
  people?: readonly ConsolePerson[];
  channels?: readonly ConsoleChannel[];
}

/** Channel id of the private chat between a person and the bot. */
export function consoleDmChannelId(personId: string): string {
  return `dm:${personId}`;
}

export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console' as const;
  private handler: IncomingHandler | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private readonly people: Map<string, ConsolePerson>;
  private readonly channels: Map<string, ConsoleChannel>;
  private readonly runId = randomUUID().slice(0, 8);
  private seq = 0;

  constructor(private readonly options: ConsoleAdapterOptions) {
    this.people = new Map((options.people ?? []).map((p) => [p.id, p]));
    this.channels = new Map((options.channels ?? []).map((c) => [c.id, c]));
  }

  async start(handler: IncomingHandler): Promise<void> {
    this.handler = handler;
    this.stopped = false;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Adds a person or group seen for the first time (ad-hoc names in scripts). */
  addPerson(person: ConsolePerson): void {
    this.people.set(person.id, person);
  }

  addChannel(channel: ConsoleChannel): void {
    this.channels.set(channel.id, channel);
  }

  /** Delivers one message typed by `from` in a group (`channelId`) or privately to the
   *  bot (`channelId` undefined). Resolves when the bot has fully handled it.
   *  `messageId` defaults to a fresh id; pass one to simulate a redelivery. */
  async say(from: ConsolePerson, channelId: string | undefined, text: string, options: { messageId?: string; sentAt?: Date } = {}): Promise<void> {
    if (!this.handler || this.stopped) throw new Error('控制台适配器尚未启动或已停止，无法接收消息。');
    const isDirect = channelId === undefined;
    const channel = isDirect ? undefined : this.channels.get(channelId);
    const message: ChatMessage = {
      platform: 'console',
      channelId: isDirect ? consoleDmChannelId(from.id) : channelId,
      channelName: isDirect ? `私聊:${from.name}` : (channel?.name ?? channelId),
      isDirect,
      messageId: options.messageId ?? `${this.runId}-${++this.seq}`,
      senderId: from.id,
      senderName: from.name,
      text,
      sentAt: options.sentAt ?? new Date(),
    };
    const work = this.handler(message);
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  async sendToChannel(channelId: string, text: string): Promise<void> {
    if (channelId.startsWith('dm:')) return this.sendToUser(channelId.slice(3), text);
    const name = this.channels.get(channelId)?.name ?? channelId;
    this.options.write(`[${name}] ${text}`);
  }

  async sendToUser(userId: string, text: string): Promise<void> {
    const name = this.people.get(userId)?.name ?? userId;
    this.options.write(`[私聊:${name}] ${text}`);
  }
}
