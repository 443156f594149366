// Small builders for storage tests: messages and findings shaped like the adapters' and
// the engine's output.
import { randomBytes } from 'node:crypto';
import type { MessageFinding, RuleCode } from '../../checks/types.js';
import type { IngestItem } from '../../storage/repositories/messages.js';

export const TEST_KEY = randomBytes(32);

export function finding(text: string, words: string, rule: RuleCode = 'R06', check = 'R06/check-in'): MessageFinding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${text}"`);
  return {
    rule,
    check,
    span: [start, start + words.length],
    excerpt: words,
    basis: [{ source: '004', document: '《测试文件》', section: '九(六)', quote: '不得滥用各类软件' }],
  };
}

let seq = 0;
export function item(options: {
  text: string;
  found?: (text: string) => MessageFinding[];
  id?: string;
  channel?: string;
  sender?: string;
  sentAt?: Date;
  isDirect?: boolean;
  township?: string;
  department?: string;
}): IngestItem {
  return {
    message: {
      platform: 'slack',
      channelId: options.channel ?? 'C-danshui',
      messageId: options.id ?? `m-${++seq}-${randomBytes(3).toString('hex')}`,
      senderId: options.sender ?? 'U-zhang',
      text: options.text,
      sentAt: options.sentAt ?? new Date('2026-11-18T02:00:00Z'),
      isDirect: options.isDirect ?? false,
    },
    findings: options.found ? options.found(options.text) : [],
    township: options.township ?? '丹水镇',
    department: options.department ?? '县农业农村局',
  };
}

export const BURDEN_TEXT = '请各村每天早上8点前在群里打卡并上传工作照片截图';
export const burdenItem = (extra: Partial<Parameters<typeof item>[0]> = {}) =>
  item({ text: BURDEN_TEXT, found: (t) => [finding(t, '打卡'), finding(t, '上传工作照片截图', 'R06', 'R06/screenshot')], ...extra });
export const cleanItem = (extra: Partial<Parameters<typeof item>[0]> = {}) => item({ text: '明天上午九点在三楼会议室开会', ...extra });
