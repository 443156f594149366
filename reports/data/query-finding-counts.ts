// Aggregates over the findings table for the digest's figures. Each is one GROUP BY over a
// range of occurred_at, which the (occurred_at, rule, department, township, status) index
// covers, so a week of a busy county (≈20k findings) aggregates in tens of milliseconds.
// A finding an inspector dismissed (经核不属实) is not a breach: it is left out of every
// breach count, as in storage/repositories/weekly-aggregate.ts, and reported separately.
import { sql } from 'drizzle-orm';
import { RULE_CODES, type RuleCode } from '../../checks/types.js';
import { queryRows, type Db } from '../../storage/database.js';
import type { FindingStatus } from './report-data.js';

const WEEK_SECONDS = 7 * 86_400;

function isRule(x: unknown): x is RuleCode {
  return typeof x === 'string' && (RULE_CODES as readonly string[]).includes(x);
}

/**
 * Breach counts per rule for `weeks` consecutive weeks starting at `from` (index 0 = the
 * oldest). Findings without a rule (alerts such as secondment-due-soon) are not breaches.
 */
export async function countBreachesByRuleAndWeek(db: Db, from: Date, weeks: number): Promise<Map<RuleCode, number[]>> {
  const to = new Date(from.getTime() + weeks * WEEK_SECONDS * 1000);
  const rows = await queryRows<{ rule: string; w: number; n: number }>(
    db,
    sql`SELECT rule, floor(extract(epoch FROM (occurred_at - ${from.toISOString()}::timestamptz)) / ${WEEK_SECONDS})::int AS w, count(*)::int AS n
        FROM findings
        WHERE occurred_at >= ${from.toISOString()}::timestamptz AND occurred_at < ${to.toISOString()}::timestamptz
          AND rule IS NOT NULL AND status <> 'dismissed'
        GROUP BY 1, 2`,
  );
  const out = new Map<RuleCode, number[]>(RULE_CODES.map((r) => [r, new Array<number>(weeks).fill(0)]));
  for (const r of rows) {
    const series = isRule(r.rule) ? out.get(r.rule) : undefined;
    const w = Number(r.w);
    if (series && w >= 0 && w < weeks) series[w] = (series[w] ?? 0) + Number(r.n);
  }
  return out;
}

export interface WeekBreakdown {
  /** Breaches (not dismissed) found in chat messages / in registers. */
  fromMessages: number;
  fromRegisters: number;
  /** All of the week's findings with a rule, dismissed ones included. */
  byStatus: Record<FindingStatus, number>;
}

/** This week's findings split by origin and by current status. */
export async function countBreachBreakdown(db: Db, from: Date, to: Date): Promise<WeekBreakdown> {
  const rows = await queryRows<{ source_kind: string; status: string; n: number }>(
    db,
    sql`SELECT source_kind, status, count(*)::int AS n FROM findings
        WHERE occurred_at >= ${from.toISOString()}::timestamptz AND occurred_at < ${to.toISOString()}::timestamptz AND rule IS NOT NULL
        GROUP BY 1, 2`,
  );
  const out: WeekBreakdown = { fromMessages: 0, fromRegisters: 0, byStatus: { open: 0, confirmed: 0, dismissed: 0, resolved: 0 } };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.status === 'dismissed') {
      // counted below only
    } else if (r.source_kind === 'message') out.fromMessages += n;
    else out.fromRegisters += n;
    if (r.status in out.byStatus) out.byStatus[r.status as FindingStatus] += n;
  }
  return out;
}

/**
 * Breaches found in the `weeks` weeks before `from` that were still unsettled at `to`: open
 * or confirmed now, or settled only after `to` (so re-running an old week's report gives
 * the same figure). Bounded because an unbounded count walks the whole history: 0.25 s on
 * PostgreSQL and 3 s on PGlite for a county with a year of mostly unverified leads.
 */
export async function countOpenFromEarlier(db: Db, from: Date, to: Date, weeks: number): Promise<number> {
  const since = new Date(from.getTime() - weeks * WEEK_SECONDS * 1000).toISOString();
  const [open] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM findings
        WHERE status IN ('open', 'confirmed') AND occurred_at >= ${since}::timestamptz AND occurred_at < ${from.toISOString()}::timestamptz
          AND rule IS NOT NULL`,
  );
  const [settledLater] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM findings
        WHERE status IN ('dismissed', 'resolved') AND occurred_at >= ${since}::timestamptz AND occurred_at < ${from.toISOString()}::timestamptz
          AND status_at >= ${to.toISOString()}::timestamptz AND rule IS NOT NULL`,
  );
  return Number(open?.n ?? 0) + Number(settledLater?.n ?? 0);
}
