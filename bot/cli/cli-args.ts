// Shared endings of argument parsing for the subcommands: each `parseArgs` returns its
// parsed options, or '' for --help, or a Chinese sentence saying what is wrong.
import { parseDateText, todayIn } from '../../checks/dates.js';

/** Prints usage (help) or the problem plus usage; returns the exit status. */
export function exitForArgs(problem: string, usage: string): number {
  if (problem === '') {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(`${problem}\n${usage}`);
  return 2;
}

/** Takes `--as-of DATE` out of `args` (scan, eval): the send date given, else today in China.
 *  Returns the remaining arguments and the date, or the exit status after saying what is
 *  wrong. */
export function takeAsOf(args: string[]): { rest: string[]; asOf: string } | number {
  const at = args.indexOf('--as-of');
  if (at < 0) return { rest: args, asOf: todayIn(new Date()) };
  const value = args[at + 1];
  if (value === undefined) {
    process.stderr.write('--as-of 后面缺少日期，例如 --as-of 2026-11-26。\n');
    return 2;
  }
  const asOf = parseAsOf(value);
  if (typeof asOf === 'number') return asOf;
  return { rest: [...args.slice(0, at), ...args.slice(at + 2)], asOf };
}

/** The --as-of date as YYYY-MM-DD, or the exit status after saying what is wrong with it. */
export function parseAsOf(text: string): string | number {
  const d = parseDateText(text);
  if (d.ok) return d.date;
  process.stderr.write(`--as-of 的日期有误：${d.reason}。\n`);
  return 2;
}
