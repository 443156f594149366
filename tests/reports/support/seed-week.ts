// Seeds a database with a known set of findings around 2026-W47 through the storage
// layer's own write paths (ingest, record-check sync, burden reports, alert claims), so
// the report's queries are tested against rows shaped exactly as the bot writes them.
import { sql } from 'drizzle-orm';
import type { Basis, MessageFinding, RuleCode } from '../../../checks/types.js';
import type { Db } from '../../../storage/database.js';
import { claimAlert, markAlertSent } from '../../../storage/repositories/alerts.js';
import { fileBurdenReport } from '../../../storage/repositories/burden-reports.js';
import { setFindingStatus, syncRecordFindings } from '../../../storage/repositories/findings.js';
import { ingestMessages, type IngestItem } from '../../../storage/repositories/messages.js';

export const PSEUDONYM_KEY = Buffer.alloc(32, 7);
export const SEAL_KEY = Buffer.alloc(32, 9);
export const REPORTER_NAME = '举报人赵六';

const BASIS: Record<string, Basis> = {
  R01: { source: '004', document: '《西峡县深化乡镇管理体制机制改革方案》', section: '九(一)', quote: '不得重复督查检查' },
  R03: { source: '004', document: '《西峡县深化乡镇管理体制机制改革方案》', section: '九(三)', quote: '不得反复要求乡镇填表报数' },
  R04: { source: '004', document: '《西峡县深化乡镇管理体制机制改革方案》', section: '九(四)', quote: '不得滥用“一票否决”' },
  R06: { source: '004', document: '《西峡县深化乡镇管理体制机制改革方案》', section: '九(六)', quote: '不得滥用各类软件、工作群等进行打卡、截图、摊派任务' },
  R10: { source: '000', document: '《关于为基层减负的若干措施》', section: '十', quote: '借调时间不超过3个月' },
};

let seq = 0;

function item(opts: { channel: string; at: string; text: string; words: string; rule: RuleCode; check: string; department: string | null; township: string | null }): IngestItem {
  const start = opts.text.indexOf(opts.words);
  if (start < 0) throw new Error(`seed: "${opts.words}" not in "${opts.text}"`);
  const finding: MessageFinding = { rule: opts.rule, check: opts.check, span: [start, start + opts.words.length], excerpt: opts.words, basis: [BASIS[opts.rule]!] };
  return {
    message: { platform: 'slack', channelId: opts.channel, messageId: `seed-${++seq}`, senderId: 'U-SENDER', text: opts.text, sentAt: new Date(opts.at) },
    findings: [finding],
    department: opts.department,
    township: opts.township,
  };
}

export interface SeededIds {
  /** Finding id of the dismissed R06 message. */
  dismissed: number;
}

/** Week 47 of 2026: Monday 16 Nov to Sunday 22 Nov (+08:00). */
export async function seedWeek47(db: Db): Promise<SeededIds> {
  const nong = '县农业农村局';
  const wenming = '县文明办';
  const items: IngestItem[] = [
    // This week.
    item({ channel: 'C_DS', at: '2026-11-16T09:00:00+08:00', text: '各位：请大家每天早上8点前在群里打卡并上传定位截图，未打卡的周末通报。', words: '每天早上8点前在群里打卡', rule: 'R06', check: 'R06/check-in', department: nong, township: '丹水镇' }),
    item({ channel: 'C_DS', at: '2026-11-17T10:00:00+08:00', text: '今天所有村干部在群里发实时位置，五分钟内回复。', words: '在群里发实时位置', rule: 'R06', check: 'R06/location', department: nong, township: '丹水镇' }),
    item({ channel: 'C_DS', at: '2026-11-18T11:00:00+08:00', text: '秸秆禁烧日报表每天下午5点前报送，不得遗漏。', words: '日报表每天下午5点前报送', rule: 'R03', check: 'R03/daily-report', department: nong, township: '丹水镇' }),
    item({ channel: 'C_HC', at: '2026-11-19T15:00:00+08:00', text: '各村转发创建文章到朋友圈，截图发群里统计。', words: '截图发群里统计', rule: 'R06', check: 'R06/screenshot', department: wenming, township: '回车镇' }),
    item({ channel: 'C_HC', at: '2026-11-20T15:00:00+08:00', text: '请各村在群里接龙报到。', words: '在群里接龙报到', rule: 'R06', check: 'R06/check-in', department: wenming, township: '回车镇' }),
    // Sunday 23:59:30 belongs to week 47; Monday 00:00:30 to week 48.
    item({ channel: 'C_SL', at: '2026-11-22T23:59:30+08:00', text: '明天县里督查，请各乡镇提前准备迎检材料和展板。', words: '提前准备迎检材料和展板', rule: 'R01', check: 'R01/preparation', department: '县委县政府督查局', township: '双龙镇' }),
    item({ channel: 'C_SL', at: '2026-11-23T00:00:30+08:00', text: '下周督查，请提前准备迎检材料。', words: '提前准备迎检材料', rule: 'R01', check: 'R01/preparation', department: '县委县政府督查局', township: '双龙镇' }),
    // Week 46 (last week) and weeks 44–45 (the trend).
    item({ channel: 'C_DS', at: '2026-11-10T09:00:00+08:00', text: '请大家在群里打卡。', words: '在群里打卡', rule: 'R06', check: 'R06/check-in', department: nong, township: '丹水镇' }),
    item({ channel: 'C_DS', at: '2026-11-11T09:00:00+08:00', text: '今天继续在群里打卡。', words: '在群里打卡', rule: 'R06', check: 'R06/check-in', department: nong, township: '丹水镇' }),
    item({ channel: 'C_DS', at: '2026-10-28T09:00:00+08:00', text: '请重新填报上周的表格。', words: '重新填报', rule: 'R03', check: 'R03/refill', department: nong, township: '丹水镇' }),
    item({ channel: 'C_DS', at: '2026-11-04T09:00:00+08:00', text: '请每周报送工作周报。', words: '每周报送工作周报', rule: 'R03', check: 'R03/weekly', department: nong, township: '丹水镇' }),
    // Week 34: still open, but older than the 12-week look-back of "open from earlier".
    item({ channel: 'C_DS', at: '2026-08-20T09:00:00+08:00', text: '请每天报送防汛日报。', words: '每天报送防汛日报', rule: 'R03', check: 'R03/daily-report', department: nong, township: '丹水镇' }),
  ];
  const outcomes = await ingestMessages(db, { items, pseudonymKey: PSEUDONYM_KEY });
  const dismissedId = outcomes[4]!.findingIds[0]!;
  await setFindingStatus(db, { id: dismissedId, status: 'dismissed', by: 'inspector', reason: '系自愿活动' });

  // Register findings: two new this week, three from week 45.
  await syncRecordFindings(db, {
    asOf: new Date('2026-11-04T08:00:00+08:00'),
    checks: [],
    findings: [
      { check: 'inspection-unapproved', rule: 'R01', ref: 'I-01', message: '县农业农村局“秸秆禁烧”督查未经县委县政府报批', basis: [BASIS.R01!], department: nong, township: '丹水镇、田关镇' },
      { check: 'secondment-no-term', rule: 'R10', ref: 'S-09', message: '刘强（田关镇）借调至县委办，未约定借调期限', basis: [BASIS.R10!], department: '县委办', township: '田关镇' },
      { check: 'secondment-unapproved', rule: 'R10', ref: 'S-08', message: '陈芳（双龙镇）借调至县信访局，未经组织部门批准', basis: [BASIS.R10!], department: '县信访局', township: '双龙镇' },
    ],
  });
  await syncRecordFindings(db, {
    asOf: new Date('2026-11-21T08:00:00+08:00'),
    checks: [],
    findings: [
      { check: 'secondment-overdue', rule: 'R10', ref: 'S-01', message: '张伟（丹水镇）借调至县发改委，已超过 3 个月期限 23 天', basis: [BASIS.R10!], department: '县发改委', township: '丹水镇' },
      { check: 'veto-unlisted', rule: 'R04', ref: 'V-02', message: '“创建全国文明城市”不在县委县政府批准的一票否决事项清单内', basis: [BASIS.R04!], department: wenming, township: null },
      { check: 'secondment-due-soon', rule: null, ref: 'S-03', message: '王磊借调将于12月1日到期', basis: [], department: '县财政局', township: '回车镇' },
    ],
  });
  // S-09 was settled in week 46 (before our week ended); S-08 only in week 48 (after).
  await db.execute(sql`UPDATE findings SET status = 'resolved', status_at = '2026-11-12T10:00:00+08:00' WHERE record_ref = 'S-09'`);
  await db.execute(sql`UPDATE findings SET status = 'resolved', status_at = '2026-11-24T10:00:00+08:00' WHERE record_ref = 'S-08'`);

  // Burden reports: two this week (one named, sealed), one last week.
  await fileBurdenReport(db, { content: '本周第三次要求重新填报同一张巡查表。', township: '田关镇', department: nong, sealKey: SEAL_KEY, reporter: { platform: 'slack', id: 'U-REPORTER', name: REPORTER_NAME }, receivedAt: new Date('2026-11-18T20:00:00+08:00') });
  await fileBurdenReport(db, { content: '村干部每天要在三个群里接龙报平安。', township: null, department: null, sealKey: SEAL_KEY, receivedAt: new Date('2026-11-22T21:00:00+08:00') });
  await fileBurdenReport(db, { content: '上周要求每天上传工作照片。', township: '丹水镇', sealKey: SEAL_KEY, receivedAt: new Date('2026-11-12T10:00:00+08:00') });

  // Alerts: one sent this week, one last week, one never sent.
  for (const [key, at] of [['a-47', '2026-11-20T09:00:00+08:00'], ['a-46', '2026-11-13T09:00:00+08:00']] as const) {
    await claimAlert(db, { key, kind: 'secondment-due-soon', target: 'slack:C_DS', owner: 'seed' });
    await markAlertSent(db, { key, owner: 'seed' });
    await db.execute(sql`UPDATE alerts SET sent_at = ${at}::timestamptz WHERE key = ${key}`);
  }
  await claimAlert(db, { key: 'a-pending', kind: 'secondment-due-soon', target: 'slack:C_DS', owner: 'seed' });
  return { dismissed: dismissedId };
}
