// What a newcomer sees on first start: the findings the bot made in the demo week, the
// digest the discipline office receives on Monday, and the register problems behind the
// alerts that the daily scan then posts into the groups.
import type { Config } from '../config/schema.js';
import type { Database } from '../../storage/database.js';
import { listFindings } from '../../storage/repositories/findings.js';
import { ruleTitle } from '../pipeline/format-notice.js';

const RULE_LINE = '─'.repeat(40);

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export async function printDemoOverview(options: { database: Database; config: Config; write: (text: string) => void; now?: Date }): Promise<void> {
  const { database, config, write } = options;
  const now = options.now ?? new Date();
  const channelName = new Map(config.channels.map((c) => [`${c.platform}:${c.id}`, c.name ?? c.id]));
  const since = new Date(now.getTime() - 14 * 86_400_000);
  const fromMessages = await listFindings(database.db, { from: since, sourceKind: 'message', limit: 200 });
  const fromRecords = await listFindings(database.db, { sourceKind: 'record', statuses: ['open', 'confirmed'], limit: 200 });

  const out: string[] = [RULE_LINE, `已载入演示数据：${config.county}上周和本周的工作群消息、三本台账、两条匿名举报。`, ''];
  // One line per message: its rules, where, who, and the words that triggered them.
  const byMessage = new Map<string, typeof fromMessages>();
  for (const f of fromMessages) {
    const key = `${f.platform}:${f.channelId}:${f.occurredAt.getTime()}`;
    byMessage.set(key, [...(byMessage.get(key) ?? []), f]);
  }
  out.push(`一、机器人在工作群里发现的问题（${byMessage.size} 条消息，${fromMessages.length} 条线索；群里已当场提醒）：`);
  for (const group of [...byMessage.values()].slice(-8)) {
    const f = group[0]!;
    const where = channelName.get(`${f.platform}:${f.channelId}`) ?? f.channelId ?? '';
    const rules = group.map((g) => `${g.rule} ${g.rule ? ruleTitle(g.rule) : ''}`).join('，');
    out.push(`  ${group.map((g) => g.number).join('/')} ${rules}`, `      ${where}${f.department ? ` · ${f.department}` : ''}：“${clip(f.messageText ?? f.excerpt, 40)}”`);
  }
  out.push('', `二、台账检查发现的问题（${fromRecords.length} 项；借调到期、超期等提醒稍后由机器人发到相关群）：`);
  for (const f of fromRecords.slice(0, 8)) out.push(`  ${f.number} ${f.rule ?? '提醒'} ${clip(f.excerpt, 60)}`);
  out.push('', `三、周报：每周一${config.office.name}会在「${config.office.name}」群收到上周的周报（首次启动时稍后即发出）；纪检监察人员可随时发送「本周」查看本周情况。`);
  out.push(RULE_LINE, '试试看：在群里发一条“请各村每天早上在群里打卡”，或输入 :私聊 后发送“举报 县里要求每天报表”；输入 :人 陈静 可以纪检监察人员身份发送「本周」「核实」。', '');
  write(`${out.join('\n')}\n`);
}
