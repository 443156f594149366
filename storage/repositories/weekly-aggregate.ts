// The weekly aggregate: findings by rule × department × township in [from, to). The
// covering index findings_week_idx (occurred_at, rule, department, township, status) makes
// this an index-only range scan over one week's slice, whatever the table's size.
import { and, asc, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { RuleCode } from '../../checks/types.js';
import type { Db } from '../database.js';
import { findings, type FindingStatus } from '../schema/index.js';

export interface WeeklyCount {
  rule: RuleCode;
  department: string | null;
  township: string | null;
  count: number;
}

/** Dismissed findings are not breaches, so by default they are not counted. */
export const COUNTED_STATUSES: readonly FindingStatus[] = ['open', 'confirmed', 'resolved'];

export async function countFindingsByRuleDepartmentTownship(
  db: Db,
  options: { from: Date; to: Date; statuses?: readonly FindingStatus[] },
): Promise<WeeklyCount[]> {
  const rows = await db
    .select({
      rule: findings.rule,
      department: findings.department,
      township: findings.township,
      count: sql<number>`count(*)::integer`,
    })
    .from(findings)
    .where(
      and(
        gte(findings.occurredAt, options.from),
        lt(findings.occurredAt, options.to),
        isNotNull(findings.rule),
        inArray(findings.status, [...(options.statuses ?? COUNTED_STATUSES)]),
      ),
    )
    .groupBy(findings.rule, findings.department, findings.township)
    .orderBy(asc(findings.rule), asc(findings.department), asc(findings.township));
  return rows as WeeklyCount[];
}
