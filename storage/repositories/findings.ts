// Findings after ingest: looking one up by its number, listing a period's, moving a status
// (who and why, recorded in the finding and the audit log in one transaction), and
// keeping register (record) findings in step with the latest run of the record checks.
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Basis, RecordFinding, RuleCode } from '../../checks/types.js';
import type { Db } from '../database.js';
import { formatFindingNumber } from '../finding-number.js';
import { stripNul } from '../sanitize-text.js';
import {
  auditLog,
  chatMessages,
  findings,
  inspections,
  secondments,
  vetoItems,
  type FindingSourceKind,
  type FindingStatus,
  type NewFindingRow,
  type RegisterKind,
} from '../schema/index.js';
import { appendAudit } from './audit-log.js';
import { chunk } from './chunk.js';
import { withConflictRetry } from './with-retry.js';

export interface FindingView {
  id: number;
  /** "F-000123" */
  number: string;
  rule: RuleCode | null;
  check: string;
  sourceKind: FindingSourceKind;
  recordKind: RegisterKind | null;
  recordRef: string | null;
  span: [number, number] | null;
  excerpt: string;
  basis: Basis[];
  department: string | null;
  township: string | null;
  platform: string | null;
  channelId: string | null;
  /** Message text, for context (kept only because the message has findings). */
  messageText: string | null;
  occurredAt: Date;
  status: FindingStatus;
  statusBy: string | null;
  statusReason: string | null;
  statusAt: Date | null;
  createdAt: Date;
}

const viewColumns = {
  id: findings.id,
  rule: findings.rule,
  check: findings.check,
  sourceKind: findings.sourceKind,
  recordKind: findings.recordKind,
  recordRef: findings.recordRef,
  spanStart: findings.spanStart,
  spanEnd: findings.spanEnd,
  excerpt: findings.excerpt,
  basis: findings.basis,
  department: findings.department,
  township: findings.township,
  platform: findings.platform,
  channelId: findings.channelId,
  messageText: chatMessages.text,
  occurredAt: findings.occurredAt,
  status: findings.status,
  statusBy: findings.statusBy,
  statusReason: findings.statusReason,
  statusAt: findings.statusAt,
  createdAt: findings.createdAt,
};

type ViewRow = { [K in keyof typeof viewColumns]: (typeof viewColumns)[K]['_']['data'] | null };

function toView(r: ViewRow): FindingView {
  return {
    id: r.id!,
    number: formatFindingNumber(r.id!),
    rule: (r.rule as RuleCode | null) ?? null,
    check: r.check!,
    sourceKind: r.sourceKind!,
    recordKind: r.recordKind ?? null,
    recordRef: r.recordRef ?? null,
    span: r.spanStart != null && r.spanEnd != null ? [r.spanStart, r.spanEnd] : null,
    excerpt: r.excerpt!,
    basis: r.basis ?? [],
    department: r.department ?? null,
    township: r.township ?? null,
    platform: r.platform ?? null,
    channelId: r.channelId ?? null,
    messageText: r.messageText ?? null,
    occurredAt: r.occurredAt!,
    status: r.status!,
    statusBy: r.statusBy ?? null,
    statusReason: r.statusReason ?? null,
    statusAt: r.statusAt ?? null,
    createdAt: r.createdAt!,
  };
}

export async function getFinding(db: Db, options: { id: number }): Promise<FindingView | null> {
  const rows = await db
    .select(viewColumns)
    .from(findings)
    .leftJoin(chatMessages, eq(chatMessages.id, findings.messageId))
    .where(eq(findings.id, options.id));
  return rows[0] ? toView(rows[0]) : null;
}

export interface ListFindingsFilter {
  /** occurred_at ≥ from */
  from?: Date;
  /** occurred_at < to */
  to?: Date;
  statuses?: readonly FindingStatus[];
  rules?: readonly RuleCode[];
  sourceKind?: FindingSourceKind;
  limit?: number;
}

/** Findings in time order (oldest first). Default limit 1000. */
export async function listFindings(db: Db, filter: ListFindingsFilter = {}): Promise<FindingView[]> {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(gte(findings.occurredAt, filter.from));
  if (filter.to) conditions.push(lt(findings.occurredAt, filter.to));
  if (filter.statuses) conditions.push(inArray(findings.status, [...filter.statuses]));
  if (filter.rules) conditions.push(inArray(findings.rule, [...filter.rules]));
  if (filter.sourceKind) conditions.push(eq(findings.sourceKind, filter.sourceKind));
  const rows = await db
    .select(viewColumns)
    .from(findings)
    .leftJoin(chatMessages, eq(chatMessages.id, findings.messageId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(findings.occurredAt), asc(findings.id))
    .limit(filter.limit ?? 1000);
  return rows.map(toView);
}

export interface StatusChange {
  id: number;
  status: FindingStatus;
  /** Who decided: a person's platform id or name, or "system". */
  by: string;
  /** Why, in their words (the 说明 of `核实 F-000123 属实 说明`). */
  reason: string;
}

/** Moves a finding's status and records it in the audit log; null when there is no such finding. */
export async function setFindingStatus(db: Db, change: StatusChange): Promise<{ previous: FindingStatus; finding: FindingView } | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: findings.status }).from(findings).where(eq(findings.id, change.id)).for('update');
    if (!current) return null;
    await tx
      .update(findings)
      .set({ status: change.status, statusBy: change.by, statusReason: stripNul(change.reason), statusAt: sql`now()` })
      .where(eq(findings.id, change.id));
    await appendAudit(tx, {
      actor: change.by,
      action: 'finding.status',
      subject: formatFindingNumber(change.id),
      details: { from: current.status, to: change.status, reason: change.reason },
    });
    const finding = await getFinding(tx, { id: change.id });
    return { previous: current.status, finding: finding! };
  });
}

/** A record check's finding as stored: which register it came from. */
export interface RecordFindingInput extends RecordFinding {
  /** Defaults from the check id's prefix (inspection-…, secondment-…, veto-…). */
  kind?: RegisterKind;
  /** Defaults from the register row (organizer / borrowing unit / set by). */
  department?: string | null;
  /** Defaults from the register row (its township, or the inspected townships joined by 、). */
  township?: string | null;
}

export function registerKindOfCheck(check: string): RegisterKind {
  if (check.startsWith('inspection-')) return 'inspection';
  if (check.startsWith('secondment-')) return 'secondment';
  if (check.startsWith('veto-')) return 'veto';
  throw new Error(`未知的登记检查项：${check}`);
}

export interface SyncRecordFindingsResult {
  /** Findings stored for the first time (new breaches to announce). */
  created: FindingView[];
  /** Findings that were resolved and fired again, now open again. */
  reopened: FindingView[];
  /** Open or confirmed findings of these checks that no longer fire, now resolved. */
  resolved: FindingView[];
}

/**
 * Stores the latest run of the record checks. A (register, record, check) finding is stored
 * once however often the daily scan runs; one that stops firing (the register was
 * corrected) is resolved by "system", and one that fires again is reopened. `checks` names
 * the checks this run covered: only their findings can be resolved (pass every check id
 * after a full scan, or just the ones run after entering one row).
 */
export async function syncRecordFindings(
  db: Db,
  options: { findings: readonly RecordFindingInput[]; asOf: Date; checks: readonly string[]; actor?: string },
): Promise<SyncRecordFindingsResult> {
  const actor = options.actor ?? 'system';
  return withConflictRetry(() =>
    db.transaction(async (tx) => {
      const attribution = await loadAttribution(tx, options.findings);
      const rows: NewFindingRow[] = options.findings.map((f) => {
        const kind = f.kind ?? registerKindOfCheck(f.check);
        const fallback = attribution.get(`${kind}\u0000${f.ref}`);
        return {
          rule: f.rule,
          check: f.check,
          sourceKind: 'record',
          recordKind: kind,
          recordRef: f.ref,
          excerpt: stripNul(f.message),
          basis: f.basis,
          department: f.department !== undefined ? f.department : (fallback?.department ?? null),
          township: f.township !== undefined ? f.township : (fallback?.township ?? null),
          occurredAt: options.asOf,
        };
      });
      const createdIds: number[] = [];
      for (let i = 0; i < rows.length; i += 1000) {
        const returned = await tx.insert(findings).values(rows.slice(i, i + 1000)).onConflictDoNothing().returning({ id: findings.id });
        createdIds.push(...returned.map((r) => r.id));
      }

      const firing = new Set(rows.map((r) => `${r.recordKind}\u0000${r.recordRef}\u0000${r.check}`));
      const scoped = options.checks.length
        ? await tx
            .select({ id: findings.id, status: findings.status, recordKind: findings.recordKind, recordRef: findings.recordRef, check: findings.check })
            .from(findings)
            .where(and(eq(findings.sourceKind, 'record'), inArray(findings.check, [...new Set(options.checks)])))
        : [];
      const toResolve = scoped.filter((f) => (f.status === 'open' || f.status === 'confirmed') && !firing.has(`${f.recordKind}\u0000${f.recordRef}\u0000${f.check}`));
      const toReopen = scoped.filter((f) => f.status === 'resolved' && firing.has(`${f.recordKind}\u0000${f.recordRef}\u0000${f.check}`));

      const move = async (ids: number[], status: FindingStatus, reason: string) => {
        if (ids.length === 0) return;
        for (const part of chunk(ids, 5000)) {
          await tx.update(findings).set({ status, statusBy: actor, statusReason: reason, statusAt: sql`now()` }).where(inArray(findings.id, part));
          await tx.insert(auditLog).values(
            part.map((id) => ({ actor, action: 'finding.status', subject: formatFindingNumber(id), details: { to: status, reason } })),
          );
        }
      };
      await move(toResolve.map((f) => f.id), 'resolved', '登记记录已更正，检查不再提示');
      await move(toReopen.map((f) => f.id), 'open', '登记记录再次触发该检查');

      const views = async (ids: number[]) => {
        const out: FindingView[] = [];
        for (const part of chunk(ids, 5000)) {
          const rows = await tx.select(viewColumns).from(findings).leftJoin(chatMessages, eq(chatMessages.id, findings.messageId)).where(inArray(findings.id, part)).orderBy(asc(findings.id));
          out.push(...rows.map(toView));
        }
        return out;
      };
      return { created: await views(createdIds), reopened: await views(toReopen.map((f) => f.id)), resolved: await views(toResolve.map((f) => f.id)) };
    }),
  );
}

async function loadAttribution(db: Db, list: readonly RecordFindingInput[]): Promise<Map<string, { department: string | null; township: string | null }>> {
  const refs: Record<RegisterKind, Set<string>> = { inspection: new Set(), secondment: new Set(), veto: new Set() };
  for (const f of list) refs[f.kind ?? registerKindOfCheck(f.check)].add(f.ref);
  const out = new Map<string, { department: string | null; township: string | null }>();
  for (const part of chunk([...refs.inspection], 5000)) {
    const rows = await db
      .select({ ref: inspections.externalId, department: inspections.organizer, townships: inspections.townships })
      .from(inspections)
      .where(inArray(inspections.externalId, part));
    for (const r of rows) out.set(`inspection\u0000${r.ref}`, { department: r.department, township: r.townships.join('、') || null });
  }
  for (const part of chunk([...refs.secondment], 5000)) {
    const rows = await db
      .select({ ref: secondments.externalId, department: secondments.borrowingUnit, township: secondments.township })
      .from(secondments)
      .where(inArray(secondments.externalId, part));
    for (const r of rows) out.set(`secondment\u0000${r.ref}`, { department: r.department, township: r.township });
  }
  for (const part of chunk([...refs.veto], 5000)) {
    const rows = await db.select({ ref: vetoItems.externalId, department: vetoItems.setBy }).from(vetoItems).where(inArray(vetoItems.externalId, part));
    for (const r of rows) out.set(`veto\u0000${r.ref}`, { department: r.department, township: null });
  }
  return out;
}
