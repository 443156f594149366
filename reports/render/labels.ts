// Chinese labels the digest shows. Rule titles follow the "不得…" column of rules.md
// (004 §九); kept here so the renderers stay independent of the rule modules' internals.
import type { RecordCheckId, RuleCode } from '../../checks/types.js';
import type { FindingStatus } from '../data/report-data.js';

export const RULE_TITLES: Record<RuleCode, string> = {
  R01: '重复督查检查',
  R02: '重复考核评比',
  R03: '反复填表报数',
  R04: '滥用“一票否决”',
  R05: '层层套开会议',
  R06: '滥用各类软件',
  R07: '随意转嫁责任',
  R08: '泛化“属地管理”',
  R09: '干预机构编制',
  R10: '长期借调干部',
};

export const STATUS_LABELS: Record<FindingStatus, string> = {
  open: '待核实',
  confirmed: '经核属实',
  dismissed: '经核不属实',
  resolved: '已整改',
};

export const CHECK_LABELS: Record<RecordCheckId, string> = {
  'inspection-unapproved': '督查检查未经报批',
  'inspection-duplicate': '重复督查检查',
  'inspection-preparation': '要求乡镇迎检准备',
  'secondment-unapproved': '借调未经组织人事部门批准',
  'secondment-no-term': '借调未约定期限',
  'secondment-overdue': '借调超期',
  'secondment-quota': '同一乡镇借调超过限额',
  'secondment-new-recruit': '借调服务期内新录用人员',
  'secondment-due-soon': '借调即将到期',
  'veto-unlisted': '未列入清单的一票否决事项',
};

/** Burden-report statuses as the bot stores them; unknown values are shown as stored. */
const BURDEN_STATUS_LABELS: Record<string, string> = {
  received: '已受理',
  verifying: '核查中',
  confirmed: '经核属实',
  dismissed: '经核不属实',
  resolved: '已办结',
};

export function burdenStatusLabel(status: string): string {
  return BURDEN_STATUS_LABELS[status] ?? status;
}

export function ruleLabel(rule: RuleCode): string {
  return `${rule} ${RULE_TITLES[rule]}`;
}
