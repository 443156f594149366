// Timed jobs (node-cron, in the county's time zone): the daily register scan with
// secondment alerts, and the weekly digest. The jobs themselves make sending exactly-once
// through run records in the database, so this file only decides *when*: on schedule, and
// once shortly after start to catch up on anything missed while the bot was down.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export interface ScheduledJob {
  name: string;
  /** Cron expression (5 or 6 fields), read in `timezone`. */
  cron: string;
  run: (now: Date) => Promise<unknown>;
  /** Also run once right after start (catch-up). Default true. */
  runOnStart?: boolean;
}

export interface Scheduler {
  /** Runs a job now (outside its schedule), waiting for it. */
  runNow(name: string): Promise<void>;
  nextRuns(name: string, count: number): Date[];
  /** Stops scheduling and waits for running jobs to finish. */
  stop(): Promise<void>;
}

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

export function validateSchedule(name: string, expression: string): void {
  if (!cron.validate(expression)) {
    throw new ScheduleError(`定时任务 ${name} 的 cron 表达式「${expression}」无效，请写成如 "0 8 * * *"（每天 8:00）或 "30 8 * * 1"（每周一 8:30）。`);
  }
}

export function startScheduler(jobs: readonly ScheduledJob[], options: { timezone: string; logger: Logger; now?: () => Date; catchUpDelayMs?: number }): Scheduler {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const running = new Set<Promise<void>>();
  const busy = new Map<string, Promise<void>>();
  const tasks = new Map<string, ScheduledTask>();
  let stopped = false;

  for (const job of jobs) validateSchedule(job.name, job.cron);

  function execute(job: ScheduledJob, reason: string): Promise<void> {
    // One run of a job at a time in this process; other instances are kept out by the
    // jobs' own run records in the database.
    const current = busy.get(job.name);
    if (current) return current;
    const started = Date.now();
    const work = job
      .run(now())
      .then(
        (result) => logger.info({ job: job.name, reason, ms: Date.now() - started, result }, 'job finished'),
        (err: unknown) => logger.error({ err, job: job.name, reason }, 'job failed; it will run again at its next time'),
      )
      .finally(() => {
        running.delete(work);
        busy.delete(job.name);
      });
    running.add(work);
    busy.set(job.name, work);
    return work;
  }

  for (const job of jobs) {
    const task = cron.schedule(job.cron, () => execute(job, 'scheduled'), { timezone: options.timezone, name: job.name, noOverlap: true });
    tasks.set(job.name, task);
    logger.info({ job: job.name, cron: job.cron, timezone: options.timezone, next: task.getNextRun()?.toISOString() }, 'job scheduled');
  }

  const catchUp = setTimeout(() => {
    for (const job of jobs) if (job.runOnStart !== false && !stopped) void execute(job, 'catch-up');
  }, options.catchUpDelayMs ?? 2_000);
  catchUp.unref();

  return {
    async runNow(name) {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new ScheduleError(`没有名为 ${name} 的定时任务。`);
      await execute(job, 'manual');
    },
    nextRuns(name, count) {
      return tasks.get(name)?.getNextRuns(count) ?? [];
    },
    async stop() {
      stopped = true;
      clearTimeout(catchUp);
      for (const task of tasks.values()) await task.destroy();
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
