// Burden reports received in a week. Only the report's own fields are selected: the sealed
// reporter column is never read here, so no report can carry who filed it.
import { and, asc, count, gte, lte } from 'drizzle-orm';
import type { IsoDate } from '../../checks/types.js';
import type { Db } from '../../storage/database.js';
import { burdenReports } from '../../storage/schema/index.js';
import type { BurdenReportItem } from './report-data.js';

/** Reports listed in one digest; a flood beyond this is counted, not printed. */
const MAX_LISTED = 200;

export async function queryBurdenReports(db: Db, firstDay: IsoDate, lastDay: IsoDate): Promise<{ items: BurdenReportItem[]; total: number }> {
  const inWeek = and(gte(burdenReports.receivedOn, firstDay), lte(burdenReports.receivedOn, lastDay));
  const rows = await db
    .select({
      number: burdenReports.reportNo,
      receivedOn: burdenReports.receivedOn,
      township: burdenReports.township,
      department: burdenReports.department,
      content: burdenReports.content,
      status: burdenReports.status,
    })
    .from(burdenReports)
    .where(inWeek)
    .orderBy(asc(burdenReports.receivedOn), asc(burdenReports.id))
    .limit(MAX_LISTED);
  const total = rows.length < MAX_LISTED ? rows.length : await countBurdenReports(db, firstDay, lastDay);
  return { items: rows, total };
}

export async function countBurdenReports(db: Db, firstDay: IsoDate, lastDay: IsoDate): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(burdenReports)
    .where(and(gte(burdenReports.receivedOn, firstDay), lte(burdenReports.receivedOn, lastDay)));
  return Number(row?.n ?? 0);
}
