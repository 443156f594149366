// When a week's digest falls due: at the first time the weekly-report schedule fires after
// the week has ended (Monday 08:30 with the default "30 8 * * 1"). Knowing this lets the job
// run at any moment — on start, on a retry tick — without sending a week early.
import { parse } from 'node-cron';
import type { WeekRange } from '../week.js';

const OFFSET_MS = 8 * 3600_000; // Asia/Shanghai, as in reports/week.ts
const DAY_MS = 86_400_000;
/** Long enough for a monthly schedule ("0 8 1 * *"). */
const SEARCH_DAYS = 40;

export function weekDueAt(week: WeekRange, cronExpression: string): Date {
  let fields;
  try {
    fields = parse(cronExpression);
  } catch {
    return week.end;
  }
  const numbers = (xs: (number | string)[]) => xs.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  const minutes = numbers(fields.minute);
  const hours = numbers(fields.hour);
  const months = new Set(numbers(fields.month));
  const dom = new Set(numbers(fields.dayOfMonth));
  const dow = new Set(numbers(fields.dayOfWeek).map((d) => d % 7));
  const seconds = numbers(fields.second);
  if (!minutes.length || !hours.length) return week.end;
  // Standard cron: when both day fields are restricted, either may match.
  const domAll = dom.size >= 31;
  const dowAll = dow.size >= 7;
  const dayMatches = (day: Date) => {
    const d = dom.has(day.getUTCDate());
    const w = dow.has(day.getUTCDay());
    return domAll || dowAll ? d && w : d || w;
  };
  const localStart = week.end.getTime() + OFFSET_MS; // Monday 00:00 local, as a UTC clock
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const day = new Date(localStart + i * DAY_MS);
    if (!months.has(day.getUTCMonth() + 1) || !dayMatches(day)) continue;
    const h = hours[0]!;
    const m = minutes[0]!;
    const s = seconds[0] ?? 0;
    return new Date(day.getTime() + ((h * 60 + m) * 60 + s) * 1000 - OFFSET_MS);
  }
  return week.end;
}
