// The typed content of one weekly digest. Gathered from the database by
// gather-weekly-report.ts, rendered by reports/render/*; renderers read nothing else, so a
// fixed WeeklyReportData is all a golden test needs.
import type { Basis, IsoDate, RecordCheckId, RuleCode } from '../../checks/types.js';
import type { WeekRange } from '../week.js';

export type FindingStatus = 'open' | 'confirmed' | 'dismissed' | 'resolved';

export interface RuleSummary {
  rule: RuleCode;
  /** Chinese title, e.g. "滥用各类软件". */
  title: string;
  thisWeek: number;
  lastWeek: number;
  /** Counts of the four weeks ending with this one, oldest first (trend[3] === thisWeek). */
  trend: number[];
  /** Mean of `trend`. */
  average4: number;
}

/** One county department (or leader) that imposed burdens this week. */
export interface SourceSummary {
  /** Department or leader as mapped from the sender/channel or the register row;
   *  "未能确定来源" when unknown. */
  source: string;
  total: number;
  byRule: Partial<Record<RuleCode, number>>;
  /** Townships burdened, most affected first. */
  townships: Array<{ township: string; count: number }>;
}

export interface NotableCase {
  /** Finding number inspectors use with the bot's 核实 command. */
  number: string;
  rule: RuleCode;
  check: string;
  origin: 'message' | 'record';
  /** The offending words (message) or the register finding's description (record). */
  excerpt: string;
  /** Where it was posted: channel name, or the register's name. */
  where: string;
  township: string | null;
  department: string | null;
  /** When the message was posted, or when the record finding was made. */
  at: Date;
  basis: Basis[];
  status: FindingStatus;
}

export interface CaseGroup {
  rule: RuleCode;
  title: string;
  /** All this week's findings under the rule; `cases` holds the notable few. */
  total: number;
  cases: NotableCase[];
}

export interface RegisterEntry {
  number: string;
  check: RecordCheckId;
  rule: RuleCode | null;
  /** Register row id, e.g. "S-03". */
  ref: string;
  /** The check's Chinese description of the problem. */
  message: string;
  township: string | null;
  department: string | null;
  status: FindingStatus;
  firstFound: Date;
  /** Found before this week and still not settled at its end. */
  carriedOver: boolean;
}

export interface RegisterSection {
  inspections: RegisterEntry[];
  secondments: RegisterEntry[];
  vetoes: RegisterEntry[];
  /** Entries beyond the listing cap, per register (0 when all are listed). */
  omitted: { inspections: number; secondments: number; vetoes: number };
  /** All register problems, listed or not: found this week / carried over. */
  fresh: number;
  carriedOver: number;
}

export interface BurdenReportItem {
  /** The public report number, e.g. "JB-2026-7KQ3XM". */
  number: string;
  /** Only the day is stored (never the time), so a report cannot be matched to a chat
   *  delivery by its timestamp. */
  receivedOn: IsoDate;
  township: string | null;
  /** The department the reporter named, if any. */
  department: string | null;
  content: string;
  status: string;
}

export interface WeeklyReportData {
  county: string;
  /** Issuing body, e.g. "示范县纪委监委". */
  issuer: string;
  /** "示范县基层减负监测周报（2026年第47周）" */
  title: string;
  week: WeekRange;
  /** The four weeks ending with `week`, oldest first. */
  trendWeeks: WeekRange[];
  generatedAt: Date;
  rules: RuleSummary[];
  totals: {
    breachesThisWeek: number;
    breachesLastWeek: number;
    fromMessages: number;
    fromRegisters: number;
    burdenReportsThisWeek: number;
    burdenReportsLastWeek: number;
    alertsThisWeek: number;
    alertsLastWeek: number;
    /** This week's findings by their current status. */
    byStatus: Record<FindingStatus, number>;
    /** Breaches from the `openLookbackWeeks` weeks before this one still open (or
     *  confirmed but not resolved) at its end. */
    openFromEarlier: number;
    openLookbackWeeks: number;
  };
  sources: SourceSummary[];
  cases: CaseGroup[];
  registers: RegisterSection;
  burdenReports: BurdenReportItem[];
}

/** Builds the issuing body's name from the county and the office name in the config
 *  ("示范县" + "县纪委监委" → "示范县纪委监委"). */
export function issuerName(county: string, office: string): string {
  if (office.startsWith(county)) return office;
  if (office.startsWith('县') && /[县旗区市]$/.test(county)) return county + office.slice(1);
  return county + office;
}

export function reportTitle(county: string, week: { year: number; week: number }): string {
  return `${county}基层减负监测周报（${week.year}年第${week.week}周）`;
}
