// The audit log is append-only: there is deliberately no update or delete here, and the
// database rejects both (migration 0001). Entries are written inside the caller's
// transaction so a change and its record commit together.
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { auditLog, type AuditLogRow } from '../schema/index.js';

export interface AuditEntry {
  actor: string;
  action: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject ?? null,
    details: entry.details ?? {},
  });
}

export async function listAudit(
  db: Db,
  filter: { subject?: string; action?: string; from?: Date; to?: Date; limit?: number } = {},
): Promise<AuditLogRow[]> {
  const conditions: SQL[] = [];
  if (filter.subject !== undefined) conditions.push(eq(auditLog.subject, filter.subject));
  if (filter.action !== undefined) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 100);
}
