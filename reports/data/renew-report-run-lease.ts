// Extends the lease of a report run this owner still holds. storage/repositories/
// report-runs.ts has claim/mark but no renewal; the digest needs one so that a sender that
// stalled past its lease (and may have been taken over) never transmits again.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../storage/database.js';
import { reportRuns } from '../../storage/schema/index.js';
import type { ReportRunKey } from '../../storage/repositories/report-runs.js';

/** True when the claim is still this owner's (and is now extended); false when it is lost. */
export async function renewReportRunLease(db: Db, key: ReportRunKey & { owner: string; leaseMs: number }): Promise<boolean> {
  const rows = await db
    .update(reportRuns)
    .set({ leaseUntil: sql`now() + ${Math.max(1, Math.round(key.leaseMs))}::integer * interval '1 millisecond'`, updatedAt: sql`now()` })
    .where(
      and(
        eq(reportRuns.week, key.week),
        eq(reportRuns.recipient, key.recipient),
        eq(reportRuns.owner, key.owner),
        eq(reportRuns.status, 'sending'),
        sql`${reportRuns.leaseUntil} > now()`,
      ),
    )
    .returning({ week: reportRuns.week });
  return rows.length === 1;
}
