// What a newcomer sees on first start: the findings the bot made in the demo week, the
// digest the discipline office receives on Monday, and the register problems behind the
// alerts that the daily scan then posts into the groups.
import type { Config } from '../config/schema.js';
import type { Database } from '../../storage/database.js';
import { listFindings } from '../../storage/repositories/findings.js';
import { gatherWeeklyReport } from '../../reports/data/gather-weekly-report.js';
import { composeReport } from '../../reports/render/compose-report.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { lastCompleteWeek } from '../../reports/week.js';
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
  out.push(`一、机器人在工作群里发现的问题线索（${fromMessages.length} 条）：`);
  for (const f of fromMessages.slice(-10)) {
    const where = channelName.get(`${f.platform}:${f.channelId}`) ?? f.channelId ?? '';
    out.push(`  ${f.number} ${f.rule ? `${f.rule} ${ruleTitle(f.rule)}` : ''} · ${where}${f.department ? ` · ${f.department}` : ''}：“${clip(f.excerpt, 30)}”`);
  }
  out.push('', `二、台账检查发现的问题（${fromRecords.length} 项，逾期/临期借调的提醒会发到相关群）：`);
  for (const f of fromRecords.slice(0, 10)) out.push(`  ${f.number} ${f.rule ?? '提醒'} ${clip(f.excerpt, 60)}`);

  const week = lastCompleteWeek(now);
  const report = renderMarkdown(composeReport(await gatherWeeklyReport({ db: database.db, config, week, now })));
  out.push('', `三、每周一${config.office.name}收到的周报（上周）：`, '', report.trimEnd(), RULE_LINE, '');
  out.push('试试看：在群里发一条“请各村每天早上在群里打卡”，或输入 :私聊 后发送“举报 县里要求每天报表”。');
  write(`${out.join('\n')}\n`);
}
