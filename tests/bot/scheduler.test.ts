// The scheduler: cron in the county's time zone, catch-up run after start, one run of a
// job at a time, clear errors for bad expressions, stop() waiting for a running job.
import { describe, expect, it } from 'vitest';
import { startScheduler, ScheduleError } from '../../bot/scheduler/index.js';
import { silentLogger } from '../../bot/logger.js';

describe('scheduler', () => {
  it('reads cron expressions in Asia/Shanghai', async () => {
    const s = startScheduler([{ name: 'weekly', cron: '30 8 * * 1', run: async () => undefined, runOnStart: false }], { timezone: 'Asia/Shanghai', logger: silentLogger() });
    try {
      const [next] = s.nextRuns('weekly', 1);
      // Monday 08:30 in Shanghai is Monday 00:30 UTC.
      expect(next!.getUTCDay()).toBe(1);
      expect([next!.getUTCHours(), next!.getUTCMinutes()]).toEqual([0, 30]);
    } finally {
      await s.stop();
    }
  });

  it('runs each job once shortly after start (catch-up), and on demand', async () => {
    const runs: string[] = [];
    const s = startScheduler(
      [
        { name: 'a', cron: '0 8 * * *', run: async () => void runs.push('a') },
        { name: 'b', cron: '0 8 * * *', run: async () => void runs.push('b'), runOnStart: false },
      ],
      { timezone: 'Asia/Shanghai', logger: silentLogger(), catchUpDelayMs: 10 },
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toEqual(['a']);
    await s.runNow('b');
    expect(runs).toEqual(['a', 'b']);
    await expect(s.runNow('nope')).rejects.toThrow(ScheduleError);
    await s.stop();
  });

  it('never overlaps a job with itself, survives a failing job, and stop() waits for the running one', async () => {
    let running = 0;
    let maxRunning = 0;
    let finished = 0;
    const s = startScheduler(
      [
        {
          name: 'slow',
          cron: '0 8 * * *',
          runOnStart: false,
          run: async () => {
            running++;
            maxRunning = Math.max(maxRunning, running);
            await new Promise((r) => setTimeout(r, 150));
            running--;
            finished++;
          },
        },
        { name: 'broken', cron: '0 8 * * *', runOnStart: false, run: async () => Promise.reject(new Error('boom')) },
      ],
      { timezone: 'Asia/Shanghai', logger: silentLogger() },
    );
    const first = s.runNow('slow');
    const second = s.runNow('slow');
    await expect(s.runNow('broken')).resolves.toBeUndefined();
    const third = s.runNow('slow');
    await s.stop();
    expect(finished).toBe(1);
    expect(maxRunning).toBe(1);
    await Promise.all([first, second, third]);
  });

  it('rejects a bad cron expression with a Chinese message naming the job', () => {
    expect(() => startScheduler([{ name: 'weekly-report', cron: '99 8 * * 1', run: async () => undefined }], { timezone: 'Asia/Shanghai', logger: silentLogger() })).toThrow(
      /定时任务 weekly-report 的 cron 表达式「99 8 \* \* 1」无效/,
    );
  });
});
