// Reads one ISO week's digest content from the database into WeeklyReportData. All
// queries are aggregates or bounded lists, so the cost depends on one week's volume, not
// on the size of the year's history.
import { RULE_CODES } from '../../checks/types.js';
import type { Config } from '../../bot/config/schema.js';
import type { Db } from '../../storage/database.js';
import { RULE_TITLES } from '../render/labels.js';
import { addWeeks, weekRange, type IsoWeek } from '../week.js';
import { countSentAlerts } from '../../storage/repositories/alerts.js';
import { countFindingsByRuleDepartmentTownship, type WeeklyCount } from '../../storage/repositories/weekly-aggregate.js';
import { countBreachBreakdown, countBreachesByRuleAndWeek, countOpenFromEarlier } from './query-finding-counts.js';
import { countBurdenReports, queryBurdenReports } from './query-burden-reports.js';
import { queryNotableCases, type ChannelNamer } from './query-notable-cases.js';
import { queryRegisterProblems } from './query-register-problems.js';
import { issuerName, reportTitle, type CaseGroup, type SourceSummary, type WeeklyReportData } from './report-data.js';

/** Register problems listed per register before the rest are only counted. */
const REGISTER_LIST_LIMIT = 100;
export const UNKNOWN_SOURCE = '未能确定来源';
/** How far back the "still open from earlier weeks" figure looks (a quarter). */
export const OPEN_LOOKBACK_WEEKS = 12;

export interface GatherOptions {
  db: Db;
  config: Config;
  week: IsoWeek;
  /** When the report is generated (its issue date). */
  now?: Date;
}

export async function gatherWeeklyReport({ db, config, week: isoWeek, now = new Date() }: GatherOptions): Promise<WeeklyReportData> {
  const week = weekRange(isoWeek);
  const lastWeek = addWeeks(week, -1);
  const trendWeeks = [-3, -2, -1, 0].map((n) => addWeeks(week, n));
  const channelName = channelNamer(config);

  const [byRuleWeek, breakdown, sourceCells, cases, registers, reports, reportsLastWeek, alertsNow, alertsBefore, openFromEarlier] = await Promise.all([
    countBreachesByRuleAndWeek(db, trendWeeks[0]!.start, 4),
    countBreachBreakdown(db, week.start, week.end),
    countFindingsByRuleDepartmentTownship(db, { from: week.start, to: week.end }),
    queryNotableCases(db, { from: week.start, to: week.end, perRule: config.report.casesPerRule, channelName }),
    queryRegisterProblems(db, { from: week.start, to: week.end, limit: REGISTER_LIST_LIMIT }),
    queryBurdenReports(db, week.firstDay, week.lastDay),
    countBurdenReports(db, lastWeek.firstDay, lastWeek.lastDay),
    countAlerts(db, week.start, week.end),
    countAlerts(db, lastWeek.start, lastWeek.end),
    countOpenFromEarlier(db, week.start, week.end, OPEN_LOOKBACK_WEEKS),
  ]);

  const rules = RULE_CODES.map((rule) => {
    const trend = byRuleWeek.get(rule) ?? [0, 0, 0, 0];
    return { rule, title: RULE_TITLES[rule], thisWeek: trend[3] ?? 0, lastWeek: trend[2] ?? 0, trend, average4: trend.reduce((a, n) => a + n, 0) / 4 };
  });
  const caseGroups: CaseGroup[] = rules
    .filter((r) => r.thisWeek > 0)
    .map((r) => ({ rule: r.rule, title: r.title, total: r.thisWeek, cases: cases.get(r.rule) ?? [] }));

  return {
    county: config.county,
    issuer: issuerName(config.county, config.office.name),
    title: reportTitle(config.county, week),
    week,
    trendWeeks,
    generatedAt: now,
    rules,
    totals: {
      breachesThisWeek: rules.reduce((a, r) => a + r.thisWeek, 0),
      breachesLastWeek: rules.reduce((a, r) => a + r.lastWeek, 0),
      fromMessages: breakdown.fromMessages,
      fromRegisters: breakdown.fromRegisters,
      burdenReportsThisWeek: reports.total,
      burdenReportsLastWeek: reportsLastWeek,
      alertsThisWeek: alertsNow,
      alertsLastWeek: alertsBefore,
      byStatus: breakdown.byStatus,
      openFromEarlier,
      openLookbackWeeks: OPEN_LOOKBACK_WEEKS,
    },
    sources: summariseSources(sourceCells),
    cases: caseGroups,
    registers,
    burdenReports: reports.items,
  };
}

/** Folds department × township × rule counts into one summary per department. Register
 *  findings of an inspection name several townships joined by "、". */
export function summariseSources(cells: readonly WeeklyCount[]): SourceSummary[] {
  const bySource = new Map<string, { total: number; byRule: SourceSummary['byRule']; towns: Map<string, number> }>();
  for (const c of cells) {
    const key = c.department?.trim() || UNKNOWN_SOURCE;
    const s = bySource.get(key) ?? { total: 0, byRule: {}, towns: new Map<string, number>() };
    bySource.set(key, s);
    s.total += c.count;
    s.byRule[c.rule] = (s.byRule[c.rule] ?? 0) + c.count;
    for (const t of (c.township ?? '').split('、').map((x) => x.trim()).filter(Boolean)) s.towns.set(t, (s.towns.get(t) ?? 0) + c.count);
  }
  return [...bySource.entries()]
    .map(([source, s]) => ({
      source,
      total: s.total,
      byRule: s.byRule,
      townships: [...s.towns.entries()].map(([township, count]) => ({ township, count })).sort((a, b) => b.count - a.count || a.township.localeCompare(b.township, 'zh')),
    }))
    // Known departments by volume; the unknown bucket last, however large.
    .sort((a, b) => Number(a.source === UNKNOWN_SOURCE) - Number(b.source === UNKNOWN_SOURCE) || b.total - a.total || a.source.localeCompare(b.source, 'zh'));
}

async function countAlerts(db: Db, from: Date, to: Date): Promise<number> {
  const byKind = await countSentAlerts(db, { from, to });
  return byKind.reduce((a, k) => a + Number(k.count), 0);
}

/** Channel display names from the config ("丹水镇工作群"), else the platform's id. */
export function channelNamer(config: Config): ChannelNamer {
  const names = new Map(config.channels.map((c) => [`${c.platform}:${c.id}`, c.name ?? c.id]));
  return (platform, channelId) => {
    if (!channelId) return '工作群';
    return names.get(`${platform}:${channelId}`) ?? channelId;
  };
}
