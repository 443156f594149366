// The Chinese texts a finding produces: a reply in the group, a private note to the
// sender, a note to the discipline office. None of them asks anyone to reply, confirm,
// fill in or screenshot anything — the bot must not become one more burden.
import type { MessageFinding, RuleCode } from '../../checks/types.js';
import { RULES_BY_CODE } from '../../checks/messages/index.js';
import { formatBasisQuote } from './format-basis.js';

export interface NoticeFinding {
  finding: MessageFinding;
  /** Human-facing number ("F-000123"), when stored. */
  number?: string;
}

export interface NoticeContext {
  channelName: string;
  senderName?: string;
  department?: string;
  township?: string;
  sentAt: Date;
  timeZone: string;
}

export function ruleTitle(code: RuleCode): string {
  return RULES_BY_CODE.get(code)?.meta.title ?? code;
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** One finding per rule: several patterns of one rule in one message read as one point. */
function byRule(items: readonly NoticeFinding[]): NoticeFinding[] {
  const seen = new Map<RuleCode, NoticeFinding>();
  for (const item of items) if (!seen.has(item.finding.rule)) seen.set(item.finding.rule, item);
  return [...seen.values()];
}

function findingLines(items: readonly NoticeFinding[], withNumber: boolean): string[] {
  const lines: string[] = [];
  for (const { finding, number } of byRule(items)) {
    lines.push(`· ${ruleTitle(finding.rule)}（${finding.rule}）：“${clip(finding.excerpt)}”${withNumber && number ? `\u3000线索 ${number}` : ''}`);
    const basis = finding.basis[0];
    if (basis) lines.push(`  依据：${formatBasisQuote(basis)}`);
  }
  return lines;
}

function formatTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

/** Reply in the group, quoting the clause. */
export function groupReply(items: readonly NoticeFinding[]): string {
  return ['【减负提醒】上面这条消息的要求可能不符合基层减负“十不得”规定：', ...findingLines(items, false), '本提醒只作提示，无需回复。'].join('\n');
}

/** Private note to the sender. */
export function senderNote(items: readonly NoticeFinding[], ctx: NoticeContext): string {
  return [
    `【减负提醒】您在「${ctx.channelName}」发送的消息中，有要求可能不符合基层减负“十不得”规定：`,
    ...findingLines(items, false),
    '建议调整相关要求。本提醒仅您本人可见，无需回复。',
  ].join('\n');
}

/** Note to the discipline office, with what it needs to act: where, when, who, the clause
 *  and the finding number for 核实. */
export function officeNote(items: readonly NoticeFinding[], ctx: NoticeContext): string {
  const who = [ctx.department, ctx.senderName].filter(Boolean).join(' ');
  const head = `【减负监测】${ctx.channelName}${ctx.township ? `（${ctx.township}）` : ''} · ${formatTime(ctx.sentAt, ctx.timeZone)}${who ? ` · 发送人：${who}` : ''}`;
  const numbers = items.map((i) => i.number).filter((n): n is string => Boolean(n));
  const tail = numbers.length > 0 ? `处理：核实 ${numbers[0]} 属实|不属实 <说明>` : '该消息暂存待入库，编号稍后可在周报中查到。';
  return [head, ...findingLines(items, true), tail].join('\n');
}
