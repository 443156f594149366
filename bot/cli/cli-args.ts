// Shared endings of argument parsing for the subcommands: each `parseArgs` returns its
// parsed options, or '' for --help, or a Chinese sentence saying what is wrong.
import { parseDateText } from '../../checks/dates.js';

/** Prints usage (help) or the problem plus usage; returns the exit status. */
export function exitForArgs(problem: string, usage: string): number {
  if (problem === '') {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(`${problem}\n${usage}`);
  return 2;
}

/** The --as-of date as YYYY-MM-DD, or the exit status after saying what is wrong with it. */
export function parseAsOf(text: string): string | number {
  const d = parseDateText(text);
  if (d.ok) return d.date;
  process.stderr.write(`--as-of 的日期有误：${d.reason}。\n`);
  return 2;
}
