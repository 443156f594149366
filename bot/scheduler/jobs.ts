// The bot's timed jobs, from the config's schedules. The job bodies live beside this file
// (register-alerts.ts, weekly-report.ts) and own their exactly-once bookkeeping.
import type { JobDeps } from '../app.js';
import type { ScheduledJob } from './index.js';

type JobModule = Record<string, unknown>;

async function loadJob(specifier: string, exportName: string, deps: JobDeps): Promise<((now: Date) => Promise<unknown>) | undefined> {
  let mod: JobModule;
  try {
    mod = (await import(specifier)) as JobModule;
  } catch (err) {
    deps.logger.warn({ err, job: exportName }, 'job module not available; job not scheduled');
    return undefined;
  }
  const fn = mod[exportName];
  if (typeof fn !== 'function') return undefined;
  return (now) => (fn as (d: unknown) => Promise<unknown>)({ ...deps, db: deps.database.db, now });
}

export async function buildJobs(deps: JobDeps): Promise<ScheduledJob[]> {
  const jobs: ScheduledJob[] = [];
  const alerts = await loadJob('./register-alerts.js', 'runRegisterAlerts', deps);
  if (alerts) jobs.push({ name: 'register-alerts', cron: deps.config.schedules.registerScan, run: alerts });
  const weekly = await loadJob('./weekly-report.js', 'runWeeklyReport', deps);
  if (weekly) jobs.push({ name: 'weekly-report', cron: deps.config.schedules.weeklyReport, run: weekly });
  return jobs;
}
