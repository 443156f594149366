// The daily register scan: run the record checks on the stored registers, keep the
// findings table in step (for the weekly digest), and send secondment alerts.
//
// Who hears what:
//  - secondment-due-soon → the township's and the borrowing unit's channels;
//  - overdue, unapproved, no-term, quota, new-recruit → those and the discipline office.
// Only for cadres not yet back (returnedOn empty or later than asOf): a secondment that
// ended months ago is a matter for the digest, not an alert.
//
// Exactly once: every (alert, recipient) pair has a key, claimed in the database before
// sending (storage/repositories/alerts.ts) — two instances never both send, a restart
// does not resend, a failed send is retried with back-off. Keys:
//  - due-soon: once per end date (an extended secondment is announced again);
//  - overdue: once per ISO week until resolved (returned, or the register corrected);
//  - the others: once per secondment.
// Catching up after downtime needs nothing special: the scan looks at the current state.
//
// The texts ask nothing of anyone: no replies, no confirmations (the product must not add
// the burden it exists to remove).
import type { Logger } from 'pino';
import { isoWeek } from '../../checks/dates.js';
import { RECORD_CHECKS, runRecordChecks } from '../../checks/records/index.js';
import { compactText, placeKey } from '../../checks/records/normalize-text.js';
import { isBack } from '../../checks/records/secondment-period.js';
import type { RecordSet, SecondmentRecord } from '../../checks/records/types.js';
import type { IsoDate, RecordCheckId, RecordFinding } from '../../checks/types.js';
import type { Db } from '../../storage/database.js';
import { claimAlert, markAlertFailed, markAlertSent } from '../../storage/repositories/alerts.js';
import { defaultOwnerId } from '../../storage/repositories/delivery-owner.js';
import { syncRecordFindings } from '../../storage/repositories/findings.js';
import type { ChatTarget, Outbox } from '../adapters/types.js';
import type { Config, Platform } from '../config/schema.js';
import { platformSchema } from '../config/schema.js';
import { loadStoredRecords } from '../registers/load-stored-records.js';

/** Checks that alert, and whether the discipline office hears them too. */
const ALERTING: Partial<Record<RecordCheckId, { office: boolean }>> = {
  'secondment-due-soon': { office: false },
  'secondment-overdue': { office: true },
  'secondment-unapproved': { office: true },
  'secondment-no-term': { office: true },
  'secondment-quota': { office: true },
  'secondment-new-recruit': { office: true },
};

export interface RegisterAlertsOptions {
  db: Db;
  config: Config;
  /** Today in the county's time zone (the scheduler passes todayIn(now, config.timezone)). */
  asOf: IsoDate;
  outbox: Outbox;
  logger: Logger;
  /** Claim owner id; default this process (host:pid:random). */
  owner?: string;
  /** Work out what would be sent, send and store nothing. */
  dryRun?: boolean;
}

export interface PlannedAlert {
  key: string;
  check: RecordCheckId;
  ref: string;
  target: ChatTarget;
  text: string;
}

export interface RegisterAlertsResult {
  asOf: IsoDate;
  findings: number;
  /** Alerts this run should deliver (before claims). */
  planned: PlannedAlert[];
  sent: number;
  /** Already sent (or being sent) by this or another instance. */
  skipped: number;
  failed: number;
  /** Secondment refs whose township or borrowing unit has no channel in the config. */
  unrouted: string[];
}

function targetKey(t: ChatTarget): string {
  return t.userId !== undefined ? `${t.platform}:user:${t.userId}` : `${t.platform}:${t.channelId}`;
}

/** "slack:C0OFFICE" or "slack:user:U123" (config.office.channels) → a target. */
export function parseTargetSpec(spec: string): ChatTarget | null {
  const i = spec.indexOf(':');
  if (i <= 0) return null;
  const platform = platformSchema.safeParse(spec.slice(0, i));
  if (!platform.success) return null;
  const rest = spec.slice(i + 1);
  if (rest.startsWith('user:') && rest.length > 5) return { platform: platform.data, userId: rest.slice(5) };
  return rest ? { platform: platform.data, channelId: rest } : null;
}

// "县发改委" and "发改委" name the same unit in a register and in the config.
const unitKey = (name: string): string => compactText(name).replace(/^(?:县|旗|区|市)/u, '');

function channelsFor(config: Config, s: SecondmentRecord): { township: ChatTarget[]; unit: ChatTarget[] } {
  const town = placeKey(s.township);
  const unit = unitKey(s.borrowingUnit);
  const township: ChatTarget[] = [];
  const units: ChatTarget[] = [];
  for (const c of config.channels) {
    const target = { platform: c.platform as Platform, channelId: c.id };
    if (c.kind === 'township' && c.township && placeKey(c.township) === town) township.push(target);
    if (c.kind === 'department' && c.department && unitKey(c.department) === unit) units.push(target);
  }
  return { township, unit: units };
}

function alertKey(f: RecordFinding, s: SecondmentRecord, asOf: IsoDate, target: ChatTarget): string {
  const variant = f.check === 'secondment-due-soon' ? `:${s.end}` : f.check === 'secondment-overdue' ? `:${isoWeek(asOf)}` : '';
  return `${f.check}:${s.id}${variant}:${targetKey(target)}`;
}

const TITLES: Partial<Record<RecordCheckId, string>> = {
  'secondment-due-soon': '借调到期提醒',
  'secondment-overdue': '借调超期',
  'secondment-unapproved': '借调未经批准',
  'secondment-no-term': '借调未明确期限',
  'secondment-quota': '同一乡镇借调超过限额',
  'secondment-new-recruit': '借调服务期内新录用人员',
};

/** The alert as read in the chat: what, why (the clause), and that nothing is asked. */
export function alertText(f: RecordFinding): string {
  const head = f.rule ? `【减负哨兵·${TITLES[f.check] ?? f.check}（${f.rule}）】` : `【减负哨兵·${TITLES[f.check] ?? f.check}】`;
  const basis = f.basis[0];
  const clause = basis ? `\n依据：${basis.document}${basis.section ? ` ${basis.section}` : ''}：“${basis.quote}”` : '';
  const repeat = f.check === 'secondment-overdue' ? '\n（超期未返回的，每周提示一次，台账登记返回或更正后自动停止。）' : '';
  return `${head}${f.message}。${clause}${repeat}\n本消息由系统根据借调台账自动发出，无需回复。`;
}

export function planRegisterAlerts(records: RecordSet, findings: readonly RecordFinding[], config: Config, asOf: IsoDate): { planned: PlannedAlert[]; unrouted: string[] } {
  const byId = new Map(records.secondments.map((s) => [s.id, s]));
  const office = config.office.channels.map(parseTargetSpec).filter((t): t is ChatTarget => t !== null);
  const planned: PlannedAlert[] = [];
  const unrouted = new Set<string>();
  for (const f of findings) {
    const rule = ALERTING[f.check];
    const s = byId.get(f.ref);
    if (!rule || !s) continue;
    if (isBack(s, asOf)) continue;
    const { township, unit } = channelsFor(config, s);
    if (township.length === 0 || unit.length === 0) unrouted.add(s.id);
    const targets = [...township, ...unit, ...(rule.office ? office : [])];
    const seen = new Set<string>();
    const text = alertText(f);
    for (const target of targets) {
      const tk = targetKey(target);
      if (seen.has(tk)) continue;
      seen.add(tk);
      planned.push({ key: alertKey(f, s, asOf, target), check: f.check, ref: s.id, target, text });
    }
  }
  return { planned, unrouted: [...unrouted] };
}

export async function runRegisterAlerts(options: RegisterAlertsOptions): Promise<RegisterAlertsResult> {
  const { db, config, asOf, outbox, logger } = options;
  const owner = options.owner ?? defaultOwnerId();
  const records = await loadStoredRecords(db);
  const findings = runRecordChecks({ records, settings: config.rules, asOf });
  if (!options.dryRun) {
    // Register findings feed the weekly digest; those no longer firing are resolved.
    await syncRecordFindings(db, { findings, asOf: new Date(`${asOf}T08:00:00+08:00`), checks: RECORD_CHECKS.map((c) => c.meta.id) });
  }
  const { planned, unrouted } = planRegisterAlerts(records, findings, config, asOf);
  if (unrouted.length > 0) {
    logger.warn({ refs: unrouted.slice(0, 20), count: unrouted.length }, '部分借调记录的乡镇或借调单位在配置中没有对应的群，提醒只发给了其余对象');
  }
  const result: RegisterAlertsResult = { asOf, findings: findings.length, planned, sent: 0, skipped: 0, failed: 0, unrouted };
  if (options.dryRun) return result;

  for (const alert of planned) {
    const target = targetKey(alert.target);
    const claimed = await claimAlert(db, { key: alert.key, kind: alert.check, target, payload: { ref: alert.ref, asOf }, owner });
    if (!claimed) {
      result.skipped++;
      continue;
    }
    try {
      await outbox.send(alert.target, alert.text);
    } catch (err) {
      result.failed++;
      const failure = await markAlertFailed(db, { key: alert.key, owner, error: (err as Error).message ?? String(err) });
      logger.error({ err, key: alert.key, target, willRetry: failure?.willRetry }, '借调提醒发送失败，稍后重试');
      continue;
    }
    result.sent++;
    if (!(await markAlertSent(db, { key: alert.key, owner }))) {
      logger.warn({ key: alert.key, target }, '借调提醒已发出，但认领已过期并被其他实例接手：对方可能会重复发送一次');
    }
  }
  logger.info({ asOf, findings: result.findings, planned: planned.length, sent: result.sent, skipped: result.skipped, failed: result.failed }, 'register alerts done');
  return result;
}
