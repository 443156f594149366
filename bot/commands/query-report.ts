// 查询 <编号> — the status of a burden report. Only the status: nothing here (or anywhere
// in the bot) can reveal who reported.
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';
import type { BurdenReportStatus } from './services.js';

export const STATUS_LABELS: Record<BurdenReportStatus, string> = {
  received: '已受理，等待核实',
  verifying: '核实中',
  confirmed: '经核实属实，已转交处理',
  dismissed: '经核实不属实，已办结',
  resolved: '已整改办结',
};

/** "jb-2026-0001", "ＪＢ２０２６０００１ " → canonical upper-case form without spaces. */
export function normaliseNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/^[#＃]/u, '').toUpperCase();
}

function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  const number = normaliseNumber(rest);
  if (!number) throw new UsageError('缺少举报编号。');
  if (number.length > 40) throw new UsageError('编号过长，请只发送举报时收到的编号。');
  const report = await ctx.services.getBurdenReport(number);
  if (!report) return { text: `没有找到编号为 ${number} 的举报，请核对编号（就是举报时我回复您的那个编号）。` };
  const tz = ctx.config.timezone;
  const lines = [`举报 ${report.number}：${STATUS_LABELS[report.status]}。`, `受理日期：${report.receivedOn}`];
  if (report.updatedAt && report.status !== 'received') lines.push(`最近更新：${formatDate(report.updatedAt, tz)}`);
  if (report.note) lines.push(`处理说明：${report.note}`);
  return { text: lines.join('\n') };
}

export const queryReport: CommandSpec = {
  name: 'query',
  words: [['查询']],
  aliases: [['status'], ['query']],
  summary: '查询举报的处理进度（只显示状态）',
  usage: '查询 <举报编号>',
  example: '查询 JB-2026-7KQ3XM',
  freeText: true,
  run,
};
