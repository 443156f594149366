// The bot's timed jobs, from the config's schedules. The job bodies live beside this file
// (register-alerts.ts, weekly-report.ts) and own their exactly-once bookkeeping, so running
// them again — after a restart, on two instances, on the retry tick — never sends twice.
import type { JobDeps } from '../app.js';
import { todayIn } from '../../checks/dates.js';
import { createMailerFromEnv } from '../../reports/deliver/smtp-mailer.js';
import { runRegisterAlerts } from './register-alerts.js';
import { runWeeklyReport } from './weekly-report.js';
import type { ScheduledJob } from './index.js';

/** How often failed digest deliveries are retried (their back-off decides if one is due). */
export const WEEKLY_RETRY_CRON = '*/15 * * * *';

export async function buildJobs(deps: JobDeps, env: NodeJS.ProcessEnv = process.env): Promise<ScheduledJob[]> {
  const { config, database, outbox, logger } = deps;
  const mailer = createMailerFromEnv(env);
  const weekly = async (now: Date) => {
    const result = await runWeeklyReport({ db: database.db, config, now, outbox, mailer, logger: logger.child({ job: 'weekly-report' }) });
    return { dueWeek: result.dueWeek, delivered: result.deliveries.length, waiting: result.waiting.length };
  };
  return [
    {
      name: 'register-alerts',
      cron: config.schedules.registerScan,
      run: async (now) => {
        const result = await runRegisterAlerts({ db: database.db, config, asOf: todayIn(now, config.timezone), outbox, logger: logger.child({ job: 'register-alerts' }) });
        return { asOf: result.asOf, findings: result.findings, sent: result.sent, skipped: result.skipped, failed: result.failed };
      },
    },
    { name: 'weekly-report', cron: config.schedules.weeklyReport, run: weekly },
    { name: 'weekly-report-retry', cron: WEEKLY_RETRY_CRON, run: weekly, runOnStart: false },
  ];
}
