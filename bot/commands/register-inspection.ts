// 督查 登记 <督查单位> <督查事项> <涉及乡镇> <日期> [批准文号] [迎检] — adds a row to the
// inspection-request log (督查检查考核 报批台账) with immediate checks.
//
// Grammar (chosen to mirror the register's own columns, in the order offices keep them):
//   督查单位   who inspects, e.g. 县住建局 (a leading 市/省 sets the level)
//   督查事项   the topic, e.g. 人居环境整治 (quote it if it has spaces: 「农村 危房」)
//   涉及乡镇   one or more, separated by 、 or commas; 各乡镇 = all configured townships
//   日期       the inspection date
//   批准文号   optional; omitted or 无 = not approved (一事一议报批 missing)
//   迎检       optional flag: townships are asked to prepare materials/reports/escorts
import { requireDate, dropRegisterWord, parseApprovalRef, parseTownships, resolveTownship } from './register-args.js';
import { tokenize } from './tokenize.js';
import { formatRecordFindings } from './format-record-findings.js';
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';
import type { InspectionInput } from './services.js';

const PREPARATION_FLAGS = new Set(['迎检', '要求迎检', '准备材料', '需准备材料', '要求准备材料', '需迎检', '要求准备']);

export function inspectionLevel(organizer: string): InspectionInput['level'] {
  if (/^(省|自治区)/u.test(organizer)) return 'provincial';
  if (/^市/u.test(organizer)) return 'municipal';
  if (/(镇|乡|街道|苏木)/u.test(organizer) && !/^县/u.test(organizer)) return 'township';
  return 'county';
}

export function parseInspectionArgs(rest: string, ctx: Pick<CommandContext, 'config' | 'today'>): InspectionInput {
  const tokens = dropRegisterWord(tokenize(rest));
  const [organizer, topic, townshipsRaw, dateRaw, ...extra] = tokens;
  if (!organizer) throw new UsageError('缺少督查单位。');
  if (!topic) throw new UsageError('缺少督查事项。');
  if (!townshipsRaw) throw new UsageError('缺少涉及的乡镇。');
  const townships = parseTownships(townshipsRaw, ctx.config).map((t) => resolveTownship(t, ctx.config));
  const date = requireDate(dateRaw, '督查日期', ctx.today);
  let approvalRef: string | null = null;
  let requiresPreparation = false;
  let sawRef = false;
  for (const token of extra) {
    if (PREPARATION_FLAGS.has(token)) requiresPreparation = true;
    else if (!sawRef) {
      approvalRef = parseApprovalRef(token);
      sawRef = true;
    } else throw new UsageError(`多出了「${token}」，批准文号之后只能再写「迎检」。`);
  }
  return { organizer, level: inspectionLevel(organizer), topic, townships, date, approvalRef, requiresPreparation };
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  const row = parseInspectionArgs(rest, ctx);
  const by = { platform: ctx.message.platform, id: ctx.message.senderId, ...(ctx.message.senderName ? { name: ctx.message.senderName } : {}) };
  const result = await ctx.services.registerInspection(row, by, ctx.today);
  const head = result.created
    ? `已登记督查检查：${row.organizer}「${row.topic}」，${row.date}，涉及${row.townships.join('、')}，编号 ${result.ref}。`
    : `这条督查记录已登记过（编号 ${result.ref}），内容已更新。`;
  return { text: `${head}\n${formatRecordFindings(result.findings)}` };
}

export const registerInspection: CommandSpec = {
  name: 'inspection',
  words: [['督查', '登记'], ['检查', '登记'], ['督查']],
  aliases: [['inspection', 'add'], ['inspection']],
  roles: ['township-admin', 'office-staff', 'admin'],
  rolesLabel: '乡镇管理员和县直机关工作人员',
  summary: '登记一次督查检查考核，并即时检查报批、重复和迎检要求',
  usage: '督查 登记 <督查单位> <督查事项> <涉及乡镇> <日期> [批准文号] [迎检]',
  example: '督查 登记 县住建局 人居环境整治 丹水镇、回车镇 2026-10-20 西督〔2026〕19号',
  notes: ['多个乡镇用「、」隔开，「各乡镇」表示全部乡镇；没有批准文号就不写；要求乡镇准备材料或陪同的，末尾加「迎检」。'],
  run,
};
