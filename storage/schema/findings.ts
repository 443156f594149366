// Findings: breaches found in a chat message or a register record, with their evidence and
// basis, and a status that inspectors move (open → confirmed/dismissed → resolved). The
// identity column doubles as the human-facing number "F-000123" (storage/finding-number.ts).
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Basis } from '../../checks/types.js';
import { chatMessages } from './messages.js';

export const FINDING_STATUSES = ['open', 'confirmed', 'dismissed', 'resolved'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_SOURCE_KINDS = ['message', 'record'] as const;
export type FindingSourceKind = (typeof FINDING_SOURCE_KINDS)[number];

export const REGISTER_KINDS = ['inspection', 'secondment', 'veto'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const findings = pgTable(
  'findings',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** R01…R10; null only for record alerts that are not breaches (secondment-due-soon). */
    rule: text('rule'),
    check: text('check').notNull(),
    sourceKind: text('source_kind', { enum: FINDING_SOURCE_KINDS }).notNull(),
    messageId: bigint('message_id', { mode: 'number' }).references(() => chatMessages.id, { onDelete: 'cascade' }),
    recordKind: text('record_kind', { enum: REGISTER_KINDS }),
    /** The register row's external id (e.g. "S-04"). */
    recordRef: text('record_ref'),
    /** UTF-16 offsets into the message text; null for record findings. */
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    /** The matched words, or for records the Chinese description of the breach. */
    excerpt: text('excerpt').notNull(),
    basis: jsonb('basis').$type<Basis[]>().notNull().default([]),
    department: text('department'),
    township: text('township'),
    platform: text('platform'),
    channelId: text('channel_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: FINDING_STATUSES }).notNull().default('open'),
    statusBy: text('status_by'),
    statusReason: text('status_reason'),
    statusAt: timestamp('status_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Belt and braces behind the ingest transaction: a message's finding exists once.
    uniqueIndex('findings_message_uq')
      .on(t.messageId, t.check, t.spanStart, t.spanEnd)
      .where(sql`${t.messageId} IS NOT NULL`),
    // A record check fires once per record, however often the daily scan runs.
    uniqueIndex('findings_record_uq')
      .on(t.recordKind, t.recordRef, t.check)
      .where(sql`${t.sourceKind} = 'record'`),
    // Covers the weekly aggregate (range on occurred_at, then group by the other three) as
    // an index-only scan over one week's slice, and any listing by period and status.
    index('findings_week_idx').on(t.occurredAt, t.rule, t.department, t.township, t.status),
    check('findings_status_ck', sql`${t.status} IN ('open', 'confirmed', 'dismissed', 'resolved')`),
    check(
      'findings_source_ck',
      sql`(${t.sourceKind} = 'message' AND ${t.messageId} IS NOT NULL) OR (${t.sourceKind} = 'record' AND ${t.recordRef} IS NOT NULL AND ${t.recordKind} IS NOT NULL)`,
    ),
  ],
);
export type FindingRow = typeof findings.$inferSelect;
export type NewFindingRow = typeof findings.$inferInsert;
