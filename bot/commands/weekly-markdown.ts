// The 本周 command's text: the weekly digest for the ISO week holding `today`, gathered
// and rendered by the reports module (the same Markdown the office receives on Mondays,
// here for the week so far).
import type { IsoDate } from '../../checks/types.js';
import type { Db } from '../../storage/database.js';
import type { Config } from '../config/schema.js';
import { gatherWeeklyReport } from '../../reports/data/gather-weekly-report.js';
import { composeReport } from '../../reports/render/compose-report.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { shanghaiMidnight, weekOf } from '../../reports/week.js';

export function createWeeklySummary(db: Db, config: Config, now: () => Date = () => new Date()): (today: IsoDate) => Promise<string> {
  return async (today) => {
    const week = weekOf(shanghaiMidnight(today));
    const data = await gatherWeeklyReport({ db, config, week, now: now() });
    return `（本周截至目前）\n${renderMarkdown(composeReport(data))}`;
  };
}
