// Picks the few cases per rule that an inspector should read: confirmed before open before
// resolved (dismissed ones are not breaches), newest first, and spread across departments, so that one department's fifty
// identical check-in demands do not hide another department's single one.
import { sql } from 'drizzle-orm';
import { RULE_CODES, type Basis, type RuleCode } from '../../checks/types.js';
import { formatFindingNumber } from '../../storage/finding-number.js';
import { queryRows, type Db } from '../../storage/database.js';
import { chunk } from '../../storage/repositories/chunk.js';
import type { FindingStatus, NotableCase } from './report-data.js';

type CandidateRow = {
  id: number | string;
  rule: string;
  check: string;
  source_kind: 'message' | 'record';
  record_kind: string | null;
  span_start: number | null;
  span_end: number | null;
  excerpt: string;
  basis: Basis[] | string;
  department: string | null;
  township: string | null;
  platform: string | null;
  channel_id: string | null;
  occurred_at: Date | string;
  status: FindingStatus;
  text: string | null;
};

export const REGISTER_NAMES: Record<string, string> = {
  inspection: '督查检查台账',
  secondment: '借调台账',
  veto: '一票否决事项台账',
};

/** How much of the message to show around the offending words. */
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 100;

/** The message around the matched span, with ellipses where it was cut. */
export function excerptInContext(text: string | null, span: [number, number] | null, fallback: string): string {
  if (!text || !span) return fallback;
  const [a, b] = span;
  if (a < 0 || b > text.length || a >= b) return fallback;
  const start = Math.max(0, a - CONTEXT_BEFORE);
  const end = Math.min(text.length, b + CONTEXT_AFTER);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export type ChannelNamer = (platform: string | null, channelId: string | null) => string;

export async function queryNotableCases(
  db: Db,
  options: { from: Date; to: Date; perRule: number; channelName: ChannelNamer },
): Promise<Map<RuleCode, NotableCase[]>> {
  const { from, to, perRule } = options;
  // Per (rule, department) keep the best `perRule` ids first; the rows and message texts
  // are then read by id. (In one statement the planner hash-joins the whole findings
  // table against the few ranked ids: 0.6 s instead of milliseconds on 1M findings.)
  const ranked = await queryRows<{ id: number | string }>(
    db,
    sql`SELECT id FROM (
          SELECT id, row_number() OVER (
                   PARTITION BY rule, coalesce(department, '')
                   ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'open' THEN 1 ELSE 2 END,
                            occurred_at DESC, id DESC) AS rn
          FROM findings
          WHERE occurred_at >= ${from.toISOString()}::timestamptz AND occurred_at < ${to.toISOString()}::timestamptz
            AND rule IS NOT NULL AND status <> 'dismissed'
        ) r WHERE rn <= ${perRule}`,
  );
  const rows: CandidateRow[] = [];
  for (const part of chunk(ranked.map((r) => Number(r.id)), 5000)) {
    rows.push(
      ...(await queryRows<CandidateRow>(
        db,
        sql`SELECT f.id, f.rule, f."check", f.source_kind, f.record_kind, f.span_start, f.span_end, f.excerpt, f.basis,
                   f.department, f.township, f.platform, f.channel_id, f.occurred_at, f.status, m.text
            FROM findings f LEFT JOIN chat_messages m ON m.id = f.message_id
            WHERE f.id IN (${sql.join(part.map((id) => sql`${id}`), sql`, `)})`,
      )),
    );
  }
  const byRule = new Map<RuleCode, Map<string, CandidateRow[]>>();
  for (const row of rows) {
    if (!(RULE_CODES as readonly string[]).includes(row.rule)) continue;
    const rule = row.rule as RuleCode;
    const deps = byRule.get(rule) ?? new Map<string, CandidateRow[]>();
    byRule.set(rule, deps);
    const key = row.department ?? '';
    deps.set(key, [...(deps.get(key) ?? []), row]);
  }
  const out = new Map<RuleCode, NotableCase[]>();
  for (const [rule, deps] of byRule) {
    const lists = [...deps.values()].map((l) => l.sort(compareCandidates));
    // Departments whose best case ranks higher go first in every round.
    lists.sort((a, b) => compareCandidates(a[0]!, b[0]!));
    const picked: CandidateRow[] = [];
    for (let round = 0; picked.length < perRule; round++) {
      const layer = lists.map((l) => l[round]).filter((r): r is CandidateRow => r !== undefined);
      if (layer.length === 0) break;
      picked.push(...layer.slice(0, perRule - picked.length));
    }
    out.set(rule, picked.map((r) => toCase(r, options.channelName)));
  }
  return out;
}

const STATUS_ORDER: Record<FindingStatus, number> = { confirmed: 0, open: 1, resolved: 2, dismissed: 3 };

function compareCandidates(a: CandidateRow, b: CandidateRow): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime() ||
    Number(b.id) - Number(a.id)
  );
}

function toCase(r: CandidateRow, channelName: ChannelNamer): NotableCase {
  const span: [number, number] | null = r.span_start != null && r.span_end != null ? [Number(r.span_start), Number(r.span_end)] : null;
  const basis = typeof r.basis === 'string' ? (JSON.parse(r.basis) as Basis[]) : (r.basis ?? []);
  return {
    number: formatFindingNumber(Number(r.id)),
    rule: r.rule as RuleCode,
    check: r.check,
    origin: r.source_kind,
    excerpt: r.source_kind === 'message' ? excerptInContext(r.text, span, r.excerpt) : r.excerpt,
    where: r.source_kind === 'message' ? channelName(r.platform, r.channel_id) : (REGISTER_NAMES[r.record_kind ?? ''] ?? '台账'),
    township: r.township,
    department: r.department,
    at: new Date(r.occurred_at),
    basis,
    status: r.status,
  };
}
