// 借调 登记 <姓名> <乡镇> <借调单位> <开始> <结束> [文号] [入职 <日期>] — adds a row to the
// secondment register and answers with the record checks that concern it.
import { requireDate, dropRegisterWord, parseApprovalRef, resolveTownship } from './register-args.js';
import { OPEN_END_WORDS } from './parse-date.js';
import { tokenize } from './tokenize.js';
import { formatRecordFindings } from './format-record-findings.js';
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';
import type { SecondmentInput } from './services.js';

const HIRE = /^(?:入职|入职日期|入职时间)[:：]?(.*)$/u;

export function parseSecondmentArgs(rest: string, ctx: Pick<CommandContext, 'config' | 'today'>): SecondmentInput {
  const tokens = dropRegisterWord(tokenize(rest));
  const [person, townshipRaw, borrowingUnit, startRaw, endRaw, ...extra] = tokens;
  if (!person) throw new UsageError('缺少借调人员姓名。');
  if (!townshipRaw) throw new UsageError('缺少所在乡镇。');
  if (!borrowingUnit) throw new UsageError('缺少借调单位。');
  const township = resolveTownship(townshipRaw, ctx.config);
  const start = requireDate(startRaw, '开始日期', ctx.today);
  if (endRaw === undefined) throw new UsageError('缺少结束日期（没有结束日期请写「待定」）。');
  const end = OPEN_END_WORDS.has(endRaw) ? null : requireDate(endRaw, '结束日期', ctx.today);
  if (end !== null && end < start) throw new UsageError(`结束日期 ${end} 早于开始日期 ${start}，请检查。`);

  let approvalRef: string | null = null;
  let hireDate: string | null = null;
  for (let i = 0; i < extra.length; i++) {
    const token = extra[i]!;
    const hire = HIRE.exec(token);
    if (hire) {
      const value = hire[1] !== '' ? hire[1] : extra[++i];
      hireDate = requireDate(value, '入职日期', ctx.today);
    } else if (approvalRef === null) {
      approvalRef = parseApprovalRef(token);
    } else {
      throw new UsageError(`多出了「${token}」，文号之后只能再写「入职 日期」。`);
    }
  }
  return { person, township, borrowingUnit, start, end, approvalRef, hireDate };
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  const row = parseSecondmentArgs(rest, ctx);
  const by = { platform: ctx.message.platform, id: ctx.message.senderId, ...(ctx.message.senderName ? { name: ctx.message.senderName } : {}) };
  const result = await ctx.services.registerSecondment(row, by, ctx.today);
  const term = row.end ? `${row.start} 至 ${row.end}` : `${row.start} 起（未定结束日期）`;
  const head = result.created
    ? `已登记借调：${row.person}（${row.township}）借调到${row.borrowingUnit}，${term}，编号 ${result.ref}。`
    : `这条借调记录已登记过（编号 ${result.ref}），内容已更新。`;
  return { text: `${head}\n${formatRecordFindings(result.findings)}` };
}

export const registerSecondment: CommandSpec = {
  name: 'secondment',
  words: [['借调', '登记'], ['借调']],
  aliases: [['secondment', 'add'], ['secondment']],
  roles: ['township-admin', 'office-staff', 'admin'],
  rolesLabel: '乡镇管理员和县直机关工作人员',
  summary: '登记一名借调干部，并即时检查期限、审批、人数和服务期',
  usage: '借调 登记 <姓名> <乡镇> <借调单位> <开始日期> <结束日期|待定> [审批文号] [入职 <日期>]',
  example: '借调 登记 王磊 回车镇 县财政局 2026-11-01 2026-12-15 西组借〔2026〕11号 入职 2024-09-01',
  notes: ['没有审批文号就不写（会被标记为未经审批）；结束日期未定写「待定」。'],
  run,
};
