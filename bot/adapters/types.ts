// The one adapter interface. Slack, WeChat and the console are peers behind it; nothing
// outside bot/adapters/<platform>.ts imports a chat SDK.
import type { Platform } from '../config/schema.js';

/** A chat message normalised by an adapter. */
export interface ChatMessage {
  platform: Platform;
  /** Platform channel id (Slack channel, WeChat room id, console group name); for a
   *  private chat, the adapter's id of that conversation. */
  channelId: string;
  channelName?: string;
  /** True for a private chat between one person and the bot. */
  isDirect: boolean;
  /** Platform message id: unique per platform + channel; redeliveries repeat it. */
  messageId: string;
  senderId: string;
  senderName?: string;
  text: string;
  sentAt: Date;
  /** Sent by the bot itself (dropped early by the pipeline). */
  isSelf?: boolean;
  /** The message @-mentions the bot (the mention is already stripped from `text`). */
  addressedToBot?: boolean;
  /** Platform-specific way to answer this very message (e.g. a Slack slash command's
   *  response_url, visible only to the sender). Absent: answer in the conversation. */
  respond?: (text: string) => Promise<void>;
}

/** Where the bot sends text: a channel, or a person privately. */
export type ChatTarget =
  | { platform: Platform; channelId: string; userId?: undefined }
  | { platform: Platform; userId: string; channelId?: undefined };

export type IncomingHandler = (message: ChatMessage) => Promise<void>;

export interface ChatAdapter {
  readonly platform: Platform;
  /** Connects and starts delivering messages to `handler`. Resolves once ready. */
  start(handler: IncomingHandler): Promise<void>;
  /** Stops receiving; resolves after in-flight handler calls have finished. */
  stop(): Promise<void>;
  sendToChannel(channelId: string, text: string): Promise<void>;
  sendToUser(userId: string, text: string): Promise<void>;
  /** Adapters that serve a health endpoint report these extra fields (optional). */
  setHealthSource?(source: () => Record<string, unknown>): void;
}

/** Routes outgoing text to the adapter of the target's platform. Alerts and reports use
 *  this, never an adapter directly. */
export interface Outbox {
  send(target: ChatTarget, text: string): Promise<void>;
}
