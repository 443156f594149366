// Parks a report run whose delivery is unknown (a sender died mid-transmission): failed,
// with no automatic retry, until a person decides. storage's markReportRunFailed takes a
// retry delay as a 32-bit millisecond count (≤ 24.8 days), too short to mean "never".
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../storage/database.js';
import { reportRuns } from '../../storage/schema/index.js';
import type { ReportRunKey } from '../../storage/repositories/report-runs.js';

export async function parkReportRun(db: Db, key: ReportRunKey & { owner: string; error: string }): Promise<boolean> {
  const rows = await db
    .update(reportRuns)
    .set({
      status: 'failed',
      lastError: key.error.slice(0, 2000),
      leaseUntil: null,
      nextAttemptAt: sql`'9999-12-31T00:00:00Z'::timestamptz`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(reportRuns.week, key.week), eq(reportRuns.recipient, key.recipient), eq(reportRuns.owner, key.owner), eq(reportRuns.status, 'sending')))
    .returning({ week: reportRuns.week });
  return rows.length === 1;
}
