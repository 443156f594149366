// 帮助 — usage of every command with one example each, in Chinese. Built from the
// command specs themselves so help and behaviour cannot drift apart.
import type { CommandContext, CommandReply, CommandSpec } from './types.js';
import { mayRun } from './roles.js';
import { DATE_FORMS_HINT } from './parse-date.js';

export function renderHelp(specs: readonly CommandSpec[], ctx?: Pick<CommandContext, 'roles'>): string {
  const blocks = specs.map((s) => {
    const lines = [`▶ ${s.usage}`, `  ${s.summary}${s.rolesLabel ? `（限${s.rolesLabel}）` : ''}`];
    for (const n of s.notes ?? []) lines.push(`  ${n}`);
    lines.push(`  例：${s.example}`);
    if (ctx && !mayRun(ctx.roles, s.roles)) lines[0] += '  〔您当前无权使用〕';
    return lines.join('\n');
  });
  return [
    '减负哨兵 使用说明',
    '我在工作群里自动识别违反“十不得”的要求（打卡、截图、重复填表、层层开会等），无需任何人回复或填写。',
    '命令可直接发送，也可加「/」前缀；英文别名：report、status、secondment、inspection、veto、weekly、verify、help。',
    '',
    ...blocks,
    '',
    `日期可写 ${DATE_FORMS_HINT}。`,
  ].join('\n');
}

export function helpCommand(all: () => readonly CommandSpec[]): CommandSpec {
  return {
    name: 'help',
    words: [['帮助'], ['使用说明'], ['菜单']],
    aliases: [['help'], ['?']],
    summary: '查看全部命令的用法和例子',
    usage: '帮助',
    example: '帮助',
    noArgs: true,
    run: async (ctx): Promise<CommandReply> => ({ text: renderHelp(all(), ctx) }),
  };
}
