// 一票否决 登记 <设定单位> <事项> <日期> [对象] — adds a row to the 一票否决 register;
// an item not on the county's approved list (rules.veto.approvedItems) is flagged.
import { requireDate, dropRegisterWord } from './register-args.js';
import { tokenize } from './tokenize.js';
import { formatRecordFindings } from './format-record-findings.js';
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';
import type { VetoInput } from './services.js';

export function parseVetoArgs(rest: string, ctx: Pick<CommandContext, 'today'>): VetoInput {
  const tokens = dropRegisterWord(tokenize(rest));
  const [setBy, item, dateRaw, targets, ...extra] = tokens;
  if (!setBy) throw new UsageError('缺少设定单位。');
  if (!item) throw new UsageError('缺少一票否决事项。');
  const date = requireDate(dateRaw, '设定日期', ctx.today);
  if (extra.length > 0) throw new UsageError(`多出了「${extra.join(' ')}」，对象之后不需要再写内容。`);
  return { setBy, item, date, targets: targets ?? '各乡镇' };
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  const row = parseVetoArgs(rest, ctx);
  const by = { platform: ctx.message.platform, id: ctx.message.senderId, ...(ctx.message.senderName ? { name: ctx.message.senderName } : {}) };
  const result = await ctx.services.registerVeto(row, by, ctx.today);
  const head = result.created
    ? `已登记一票否决事项：${row.setBy}「${row.item}」，对象 ${row.targets}，${row.date}，编号 ${result.ref}。`
    : `这条一票否决记录已登记过（编号 ${result.ref}），内容已更新。`;
  return { text: `${head}\n${formatRecordFindings(result.findings)}` };
}

export const registerVeto: CommandSpec = {
  name: 'veto',
  words: [['一票否决', '登记'], ['一票否决']],
  aliases: [['veto', 'add'], ['veto']],
  roles: ['township-admin', 'office-staff', 'admin'],
  rolesLabel: '乡镇管理员和县直机关工作人员',
  summary: '登记一项一票否决事项，并即时对照县里批准的清单',
  usage: '一票否决 登记 <设定单位> <事项> <日期> [对象，默认「各乡镇」]',
  example: '一票否决 登记 县文明办 创建全国文明城市 2026-04-15 各乡镇',
  run,
};
