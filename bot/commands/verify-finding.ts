// 核实 <编号> 属实|不属实 <说明> — an inspector confirms or dismisses a finding (F-…) or
// a burden report (JB-…). The note is required: the audit log keeps who decided and why.
import { normaliseNumber } from './query-report.js';
import { tokenize } from './tokenize.js';
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';
import type { Verdict } from './services.js';

const VERDICTS: Record<string, Verdict> = {
  属实: 'confirmed',
  确认: 'confirmed',
  成立: 'confirmed',
  confirmed: 'confirmed',
  不属实: 'dismissed',
  不成立: 'dismissed',
  驳回: 'dismissed',
  dismissed: 'dismissed',
  已整改: 'resolved',
  已解决: 'resolved',
  resolved: 'resolved',
};

const VERDICT_LABELS: Record<Verdict, string> = { confirmed: '属实', dismissed: '不属实', resolved: '已整改' };

export function parseVerifyArgs(rest: string): { number: string; verdict: Verdict; note: string } {
  const tokens = tokenize(rest);
  const [numberRaw, verdictRaw] = tokens;
  if (!numberRaw) throw new UsageError('缺少编号。');
  // "核实 F-12属实 …": the verdict may be glued to the number.
  let number = numberRaw;
  let verdictWord = verdictRaw;
  let noteStart = 2;
  const glued = /^(.+?)(不属实|属实|不成立|成立|驳回|确认|已整改|已解决)$/u.exec(numberRaw);
  if (glued) {
    number = glued[1]!;
    verdictWord = glued[2];
    noteStart = 1;
  }
  const verdict = verdictWord ? VERDICTS[verdictWord.toLowerCase()] : undefined;
  if (!verdict) throw new UsageError(`请写明核实结论「属实」或「不属实」（已整改的写「已整改」）${verdictWord ? `，而不是「${verdictWord}」` : ''}。`);
  const note = tokens.slice(noteStart).join(' ').trim();
  if (note.length < 2) throw new UsageError('请写一句核实说明，它会记入处理记录。');
  return { number: normaliseNumber(number), verdict, note };
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  const { number, verdict, note } = parseVerifyArgs(rest);
  const by = { platform: ctx.message.platform, id: ctx.message.senderId, ...(ctx.message.senderName ? { name: ctx.message.senderName } : {}) };
  const result = await ctx.services.verify(number, verdict, note, by);
  if (result.kind === 'not-found') return { text: `没有找到编号为 ${number} 的问题线索或举报，请核对编号。` };
  const what = result.kind === 'report' ? '举报' : '问题线索';
  return { text: `已记录：${what} ${result.number} 核实为「${VERDICT_LABELS[verdict]}」。说明：${note}` };
}

export const verifyFinding: CommandSpec = {
  name: 'verify',
  words: [['核实']],
  aliases: [['verify']],
  roles: ['inspector'],
  rolesLabel: '纪检监察人员',
  summary: '核实一条问题线索或举报：属实、不属实或已整改，并写明说明',
  usage: '核实 <编号> 属实|不属实|已整改 <说明>',
  example: '核实 F-000012 属实 已约谈县农业农村局，责令取消群内打卡要求',
  freeText: true,
  run,
};
