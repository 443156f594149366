// Register (record) findings for the digest: those found this week and those found earlier
// that were still unsettled when the week ended. A county with thousands of register rows
// can have hundreds of problems, so each register lists at most `limit`, oldest
// carried-over problems first after the new ones, and reports how many it left out.
import { sql } from 'drizzle-orm';
import { RECORD_CHECK_IDS, type RecordCheckId, type RuleCode } from '../../checks/types.js';
import { formatFindingNumber } from '../../storage/finding-number.js';
import { queryRows, type Db } from '../../storage/database.js';
import type { FindingStatus, RegisterEntry, RegisterSection } from './report-data.js';

type Row = {
  id: number | string;
  rule: string;
  check: string;
  record_kind: 'inspection' | 'secondment' | 'veto';
  record_ref: string;
  excerpt: string;
  department: string | null;
  township: string | null;
  occurred_at: Date | string;
  status: FindingStatus;
  carried: boolean;
};

export async function queryRegisterProblems(db: Db, options: { from: Date; to: Date; limit: number }): Promise<RegisterSection> {
  const from = options.from.toISOString();
  const to = options.to.toISOString();
  // This week's (unless dismissed as not a breach), and earlier ones unsettled at week end:
  // open or confirmed now, or settled only after the week ended.
  const relevant = sql`source_kind = 'record' AND rule IS NOT NULL AND occurred_at < ${to}::timestamptz
      AND ((occurred_at >= ${from}::timestamptz AND status <> 'dismissed') OR status IN ('open', 'confirmed') OR status_at >= ${to}::timestamptz)`;
  const rows = await queryRows<Row>(
    db,
    sql`SELECT id, rule, "check", record_kind, record_ref, excerpt, department, township, occurred_at, status, carried FROM (
          SELECT id, rule, "check", record_kind, record_ref, excerpt, department, township, occurred_at, status,
                 occurred_at < ${from}::timestamptz AS carried,
                 row_number() OVER (PARTITION BY record_kind ORDER BY occurred_at < ${from}::timestamptz, occurred_at, id) AS rn
          FROM findings WHERE ${relevant}
        ) x WHERE rn <= ${options.limit}`,
  );
  const counts = await queryRows<{ record_kind: string; carried: boolean; n: number }>(
    db,
    sql`SELECT record_kind, occurred_at < ${from}::timestamptz AS carried, count(*)::int AS n FROM findings WHERE ${relevant} GROUP BY 1, 2`,
  );
  const section: RegisterSection = {
    inspections: [],
    secondments: [],
    vetoes: [],
    omitted: { inspections: 0, secondments: 0, vetoes: 0 },
    fresh: 0,
    carriedOver: 0,
  };
  const listOf = { inspection: section.inspections, secondment: section.secondments, veto: section.vetoes } as const;
  const keyOf = { inspection: 'inspections', secondment: 'secondments', veto: 'vetoes' } as const;
  for (const r of rows) {
    if (!(RECORD_CHECK_IDS as readonly string[]).includes(r.check) || !(r.record_kind in listOf)) continue;
    const entry: RegisterEntry = {
      number: formatFindingNumber(Number(r.id)),
      check: r.check as RecordCheckId,
      rule: r.rule as RuleCode,
      ref: r.record_ref,
      message: r.excerpt,
      township: r.township,
      department: r.department,
      status: r.status,
      firstFound: new Date(r.occurred_at),
      carriedOver: Boolean(r.carried),
    };
    listOf[r.record_kind].push(entry);
  }
  for (const c of counts) {
    const n = Number(c.n);
    if (c.carried) section.carriedOver += n;
    else section.fresh += n;
    const key = keyOf[c.record_kind as keyof typeof keyOf];
    if (key) section.omitted[key] += n;
  }
  for (const key of Object.values(keyOf)) section.omitted[key] -= section[key].length;
  return section;
}
