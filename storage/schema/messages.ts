// Chat messages the bot has read. A compliance bot in every work group must not become an
// archive of everyone's chat: the text is kept only for messages that produced a finding
// (enforced by a CHECK constraint, not just by the repository), the sender only as a keyed
// hash, and the metadata of clean messages only while `storage.keepMessageMetadata` is on.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    channelId: text('channel_id').notNull(),
    /** The platform's own id; Slack and WeChat redeliver with the same id. */
    platformMessageId: text('platform_message_id').notNull(),
    /** HMAC-SHA256 of "platform:senderId" (storage/pseudonym-key.ts); never the raw id. */
    senderHash: text('sender_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** Only for messages with findings (CHECK below). */
    text: text('text'),
    hasFindings: boolean('has_findings').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The redelivery key: one row per platform message, whatever happens.
    uniqueIndex('chat_messages_delivery_uq').on(t.platform, t.channelId, t.platformMessageId),
    // No index on sent_at: nothing queries messages by time (findings carry occurred_at),
    // and every index costs ingest throughput.
    check('chat_messages_text_only_with_findings', sql`${t.text} IS NULL OR ${t.hasFindings}`),
  ],
);
export type ChatMessageRow = typeof chatMessages.$inferSelect;
export type NewChatMessageRow = typeof chatMessages.$inferInsert;

/**
 * Deliveries the bot must process once but must not keep as messages: private chats with
 * the bot (burden reports, commands). Only a keyed hash of the delivery key and the day
 * are stored — no sender, no time of day — so the table cannot be joined against a burden
 * report to learn who filed it.
 */
export const deliveryReceipts = pgTable('delivery_receipts', {
  keyHash: text('key_hash').primaryKey(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
});
export type DeliveryReceiptRow = typeof deliveryReceipts.$inferSelect;
