// Ingest of chat messages with their findings. Idempotent on (platform, channel, platform
// message id): a redelivery stores nothing new and never duplicates findings, even when two
// instances ingest the same message at the same moment (the unique index decides; the
// loser's INSERT … ON CONFLICT DO NOTHING returns no row, so it writes no findings).
//
// What is kept (a compliance bot must not become an archive of everyone's chat):
// - text: only for messages with findings (also a CHECK constraint in the schema);
// - sender: only as a keyed hash (storage-keys.ts);
// - clean messages: metadata only, and nothing at all when keepMessageMetadata is false;
// - private chats with the bot (burden reports, commands): never stored as messages, so
//   a report cannot be traced back through message metadata. Use claimDelivery to process
//   them once.
import { sql } from 'drizzle-orm';
import type { IsoDate, MessageFinding } from '../../checks/types.js';
import type { Db } from '../database.js';
import { formatFindingNumber } from '../finding-number.js';
import { pseudonymize } from '../pseudonymize.js';
import { stripNul, stripNulOrNull } from '../sanitize-text.js';
import { deliveryReceipts, type NewChatMessageRow, type NewFindingRow } from '../schema/index.js';
import { bulkInsert, type BulkColumn } from './bulk-insert.js';
import { chunk } from './chunk.js';
import { withConflictRetry } from './with-retry.js';

/** The fields of the adapters' ChatMessage that storage reads (a ChatMessage fits). */
export interface IncomingMessage {
  platform: string;
  channelId: string;
  /** Platform message id: unique per platform + channel; redeliveries repeat it. */
  messageId: string;
  senderId: string;
  /** Internal: the sender's keyed hash computed earlier (the spool writes this instead of
   *  the raw id, so raw ids never touch the disk). Wins over senderId when present. */
  senderHash?: string;
  text: string;
  sentAt: Date;
  isDirect?: boolean;
}

export interface IngestItem {
  message: IncomingMessage;
  findings: readonly MessageFinding[];
  /** Attribution for reports, from the channel/sender mapping. */
  township?: string | null;
  department?: string | null;
}

export interface IngestOutcome {
  /** This platform message was stored before (or earlier in the same batch): nothing new was written. */
  duplicate: boolean;
  /** This call wrote the message row. */
  stored: boolean;
  messageId: number | null;
  /** Finding ids in the order of `item.findings`; empty unless `stored`. */
  findingIds: number[];
  /** The same as "F-000123" numbers. */
  findingNumbers: string[];
}

export interface IngestOptions {
  items: readonly IngestItem[];
  pseudonymKey: Buffer;
  /** config.storage.keepMessageMetadata (default true). */
  keepMessageMetadata?: boolean;
}

/** Rows per INSERT statement (one array parameter per column, so no parameter limit;
 *  this bounds statement size and memory). */
const CHUNK = 2000;

const messageColumns: BulkColumn<NewChatMessageRow>[] = [
  { name: 'platform', type: 'text', value: (r) => r.platform },
  { name: 'channel_id', type: 'text', value: (r) => r.channelId },
  { name: 'platform_message_id', type: 'text', value: (r) => r.platformMessageId },
  { name: 'sender_hash', type: 'text', value: (r) => r.senderHash },
  { name: 'sent_at', type: 'timestamptz', value: (r) => r.sentAt as Date },
  { name: 'text', type: 'text', value: (r) => r.text },
  { name: 'has_findings', type: 'boolean', value: (r) => r.hasFindings },
];

const findingColumns: BulkColumn<NewFindingRow>[] = [
  { name: 'rule', type: 'text', value: (r) => r.rule },
  { name: 'check', type: 'text', value: (r) => r.check },
  { name: 'source_kind', type: 'text', value: (r) => r.sourceKind },
  { name: 'message_id', type: 'bigint', value: (r) => r.messageId },
  { name: 'span_start', type: 'integer', value: (r) => r.spanStart },
  { name: 'span_end', type: 'integer', value: (r) => r.spanEnd },
  { name: 'excerpt', type: 'text', value: (r) => r.excerpt },
  { name: 'basis', type: 'jsonb', value: (r) => stripNul(JSON.stringify(r.basis ?? [])) },
  { name: 'department', type: 'text', value: (r) => r.department },
  { name: 'township', type: 'text', value: (r) => r.township },
  { name: 'platform', type: 'text', value: (r) => r.platform },
  { name: 'channel_id', type: 'text', value: (r) => r.channelId },
  { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt as Date },
];

function deliveryKey(m: IncomingMessage): string {
  return `${m.platform}\u0000${stripNul(m.channelId)}\u0000${stripNul(m.messageId)}`;
}

function findingKey(messageId: number, check: string, start: number | null, end: number | null): string {
  return `${messageId}\u0000${check}\u0000${start}\u0000${end}`;
}

const NOT_STORED: IngestOutcome = { duplicate: false, stored: false, messageId: null, findingIds: [], findingNumbers: [] };
const DUPLICATE: IngestOutcome = { duplicate: true, stored: false, messageId: null, findingIds: [], findingNumbers: [] };

/** Stores a batch of messages and their findings in one transaction; see the file header. */
export async function ingestMessages(db: Db, options: IngestOptions): Promise<IngestOutcome[]> {
  const keep = options.keepMessageMetadata ?? true;
  const outcomes: IngestOutcome[] = options.items.map(() => NOT_STORED);
  const firstIndex = new Map<string, number>();
  const toInsert: { index: number; key: string }[] = [];

  options.items.forEach((item, index) => {
    const key = deliveryKey(item.message);
    if (firstIndex.has(key)) {
      outcomes[index] = DUPLICATE;
      return;
    }
    firstIndex.set(key, index);
    if (item.message.isDirect) return;
    if (item.findings.length === 0 && !keep) return;
    toInsert.push({ index, key });
  });
  if (toInsert.length === 0) return outcomes;

  // One global order for every writer: two instances inserting overlapping batches then
  // take the unique-index locks in the same order and cannot deadlock each other.
  toInsert.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const rows: NewChatMessageRow[] = toInsert.map(({ index }) => {
    const { message, findings: found } = options.items[index]!;
    const sentAt = message.sentAt instanceof Date ? message.sentAt : new Date(message.sentAt);
    if (Number.isNaN(sentAt.getTime())) throw new Error(`消息 ${message.messageId} 的时间无效：${String(message.sentAt)}`);
    return {
      platform: message.platform,
      channelId: stripNul(message.channelId),
      platformMessageId: stripNul(message.messageId),
      senderHash: message.senderHash ?? pseudonymize(options.pseudonymKey, message.platform, message.senderId),
      sentAt,
      text: found.length > 0 ? stripNul(message.text) : null,
      hasFindings: found.length > 0,
    };
  });

  await withConflictRetry(() =>
    db.transaction(async (tx) => {
      const inserted = new Map<string, number>();
      for (const part of chunk(rows, CHUNK)) {
        const returned = await bulkInsert<NewChatMessageRow, { id: unknown; platform: string; channel_id: string; platform_message_id: string }>(tx, {
          table: 'chat_messages',
          columns: messageColumns,
          rows: part,
          onConflict: sql`ON CONFLICT DO NOTHING`,
          returning: sql`id, platform, channel_id, platform_message_id`,
        });
        for (const r of returned) inserted.set(`${r.platform}\u0000${r.channel_id}\u0000${r.platform_message_id}`, Number(r.id));
      }

      const findingRows: NewFindingRow[] = [];
      toInsert.forEach(({ index, key }, j) => {
        const id = inserted.get(key);
        if (id === undefined) {
          outcomes[index] = DUPLICATE;
          return;
        }
        const item = options.items[index]!;
        outcomes[index] = { duplicate: false, stored: true, messageId: id, findingIds: [], findingNumbers: [] };
        for (const f of item.findings) {
          findingRows.push({
            rule: f.rule,
            check: f.check,
            sourceKind: 'message',
            messageId: id,
            spanStart: f.span[0],
            spanEnd: f.span[1],
            excerpt: stripNul(f.excerpt),
            basis: f.basis,
            department: stripNulOrNull(item.department),
            township: stripNulOrNull(item.township),
            platform: item.message.platform,
            channelId: stripNul(item.message.channelId),
            occurredAt: rows[j]!.sentAt as Date,
          });
        }
      });

      const findingIds = new Map<string, number>();
      for (const part of chunk(findingRows, CHUNK)) {
        const returned = await bulkInsert<NewFindingRow, { id: unknown; message_id: unknown; check: string; span_start: number; span_end: number }>(tx, {
          table: 'findings',
          columns: findingColumns,
          rows: part,
          onConflict: sql`ON CONFLICT DO NOTHING`,
          returning: sql`id, message_id, "check", span_start, span_end`,
        });
        for (const r of returned) findingIds.set(findingKey(Number(r.message_id), r.check, r.span_start, r.span_end), Number(r.id));
      }

      for (const { index } of toInsert) {
        const outcome = outcomes[index]!;
        if (!outcome.stored) continue;
        const ids = options.items[index]!.findings.map((f) => findingIds.get(findingKey(outcome.messageId!, f.check, f.span[0], f.span[1]))!);
        outcomes[index] = { ...outcome, findingIds: ids, findingNumbers: ids.map(formatFindingNumber) };
      }
    }),
  );
  return outcomes;
}

export async function ingestMessage(db: Db, options: Omit<IngestOptions, 'items'> & { item: IngestItem }): Promise<IngestOutcome> {
  const [outcome] = await ingestMessages(db, { ...options, items: [options.item] });
  return outcome!;
}

/**
 * Records a delivery that must be handled once but not kept as a message (private chats,
 * commands). Resolves true to the one caller that recorded it first, false on a redelivery.
 * Only a keyed hash of the key and the day are stored (see schema/messages.ts).
 */
export async function claimDelivery(db: Db, options: { key: string; receivedOn: IsoDate; pseudonymKey: Buffer }): Promise<boolean> {
  const rows = await db
    .insert(deliveryReceipts)
    .values({ keyHash: pseudonymize(options.pseudonymKey, 'delivery', options.key), receivedOn: options.receivedOn })
    .onConflictDoNothing()
    .returning({ keyHash: deliveryReceipts.keyHash });
  return rows.length === 1;
}

/** Drops delivery receipts older than `before` (redeliveries come within minutes, not months). */
export async function pruneDeliveryReceipts(db: Db, options: { before: IsoDate }): Promise<number> {
  const rows = await db.delete(deliveryReceipts).where(sql`${deliveryReceipts.receivedOn} < ${options.before}`).returning({ k: deliveryReceipts.keyHash });
  return rows.length;
}
