// 本周 / 周报 — the current week's digest in chat, for discipline inspectors.
import type { CommandContext, CommandReply, CommandSpec } from './types.js';

async function run(ctx: CommandContext): Promise<CommandReply> {
  return { text: await ctx.services.weeklySummary(ctx.today) };
}

export const weeklySummary: CommandSpec = {
  name: 'weekly',
  words: [['本周'], ['周报']],
  aliases: [['weekly'], ['week']],
  roles: ['inspector'],
  rolesLabel: '纪检监察人员',
  summary: '查看本周的问题线索、举报和台账预警汇总',
  usage: '本周（或：周报）',
  example: '本周',
  noArgs: true,
  run: (ctx) => run(ctx),
};
