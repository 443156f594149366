// The weekly digest job. Safe to call at any moment and from several instances: it sends
// each due week to each office recipient exactly once (reports/deliver/deliver-report-run.ts
// explains the claim and crash semantics), catches up on weeks missed while the bot was
// down (up to `maxCatchUpWeeks`), and retries failed deliveries once their back-off is over.
// Call it on the weekly schedule, once after start, and on a periodic tick (e.g. every
// 15 minutes) so that retries happen; a week is never sent before its scheduled time.
import type { Outbox } from '../adapters/types.js';
import type { Config } from '../config/schema.js';
import type { Db } from '../../storage/database.js';
import { appendAudit, listAudit } from '../../storage/repositories/audit-log.js';
import { defaultOwnerId } from '../../storage/repositories/delivery-owner.js';
import { ensureReportRuns, listReportRuns } from '../../storage/repositories/report-runs.js';
import { gatherWeeklyReport } from '../../reports/data/gather-weekly-report.js';
import { buildReportFiles, type ReportFiles } from '../../reports/render/build-report-files.js';
import { dateTimeCn } from '../../reports/render/format-text.js';
import { deliverReportRun, runSubject, type DeliveryOutcome, type DeliveryPolicy, type ReportLogger } from '../../reports/deliver/deliver-report-run.js';
import { notifyAdmins } from '../../reports/deliver/notify-admins.js';
import { officeRecipients, type Recipient } from '../../reports/deliver/recipients.js';
import { weekDueAt } from '../../reports/deliver/report-due-time.js';
import { sendReportEmail, type Mailer } from '../../reports/deliver/smtp-mailer.js';
import { CHAT_LIMITS, splitForChat } from '../../reports/deliver/split-message.js';
import { addWeeks, compareWeeks, lastCompleteWeek, parseIsoWeek, weekRange, type WeekRange } from '../../reports/week.js';

export interface WeeklyReportDeps {
  db: Db;
  config: Config;
  now: Date;
  /** Chat delivery; null when no chat platform runs (chat recipients then wait). */
  outbox: Outbox | null;
  /** E-mail delivery (createMailerFromEnv); null when SMTP_URL is unset (e-mail waits). */
  mailer: Mailer | null;
  logger: ReportLogger;
  options?: Partial<DeliveryPolicy> & {
    /** How many past weeks a returning bot still sends (default 8). */
    maxCatchUpWeeks?: number;
  };
}

export interface WeeklyReportResult {
  /** The newest week that is due at `now`. */
  dueWeek: string;
  deliveries: Array<{ week: string; recipient: string } & DeliveryOutcome>;
  /** Recipients that could not be tried now (no SMTP_URL, no chat platform). */
  waiting: Array<{ week: string; recipient: string; reason: string }>;
}

const DEFAULT_POLICY: Omit<DeliveryPolicy, 'owner'> = {
  leaseMs: 10 * 60_000,
  maxAttempts: 8,
  retryDelaysMs: [5_000, 30_000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The newest week whose digest is due at `now` (the schedule's first run after the week). */
export function dueWeek(now: Date, cronExpression: string): WeekRange {
  const last = lastCompleteWeek(now);
  return now.getTime() >= weekDueAt(last, cronExpression).getTime() ? last : addWeeks(last, -1);
}

export async function runWeeklyReport(deps: WeeklyReportDeps): Promise<WeeklyReportResult> {
  const { db, config, now, logger } = deps;
  const policy: DeliveryPolicy = { owner: defaultOwnerId(), ...DEFAULT_POLICY, ...deps.options };
  const maxCatchUp = Math.max(1, deps.options?.maxCatchUpWeeks ?? 8);
  const newest = dueWeek(now, config.schedules.weeklyReport);
  const result: WeeklyReportResult = { dueWeek: newest.label, deliveries: [], waiting: [] };
  const recipients = officeRecipients(config);
  if (recipients.length === 0) {
    logger.warn({ week: newest.label }, 'weekly report: no recipients (office.email / office.channels) configured');
    return result;
  }

  // Which weeks each recipient still needs: those after its latest run (catching up), and
  // any earlier one in the window that is not sent yet (failed, pending, interrupted).
  const oldest = addWeeks(newest, -(maxCatchUp - 1));
  const plan = new Map<string, Recipient[]>();
  for (const r of recipients) {
    const runs = await listReportRuns(db, { recipient: r.key });
    const latest = runs.reduce<string | null>((max, run) => (max === null || run.week > max ? run.week : max), null);
    const weeks = new Set<string>();
    if (latest === null) weeks.add(newest.label);
    else for (let w = newest; compareWeeks(w, oldest) >= 0 && w.label > latest; w = addWeeks(w, -1)) weeks.add(w.label);
    for (const run of runs) if (run.status !== 'sent' && run.week >= oldest.label && run.week <= newest.label) weeks.add(run.week);
    for (const w of weeks) plan.set(w, [...(plan.get(w) ?? []), r]);
  }

  for (const label of [...plan.keys()].sort()) {
    const week = weekRange(parseIsoWeek(label));
    let files: ReportFiles | undefined;
    const build = async () => {
      files ??= await buildReportFiles(await gatherWeeklyReport({ db, config, week, now: weekDueAt(week, config.schedules.weeklyReport) }));
      return files;
    };
    for (const r of plan.get(label)!) {
      const key = { week: label, recipient: r.key };
      const missing = r.kind === 'email' ? (deps.mailer ? null : '未设置环境变量 SMTP_URL') : deps.outbox ? null : '聊天平台未启用';
      if (missing) {
        // Recorded as pending so the week is still sent once the channel works.
        await ensureReportRuns(db, [key]);
        result.waiting.push({ ...key, reason: missing });
        logger.warn({ ...key, reason: missing }, 'weekly report: recipient cannot be reached now; will send when it can');
        await noticeOnce(deps, `waiting ${runSubject(key)}`, `【减负哨兵】第${week.week}周周报暂未发出`, `发往 ${r.key} 的周报暂时无法发送：${missing}。设置好后机器人会自动补发，无需其他操作。`);
        continue;
      }
      const f = await build();
      const parts = r.kind === 'chat' ? splitForChat(f.markdown, CHAT_LIMITS[r.target.platform] ?? 3500, f.title) : [];
      const outcome = await deliverReportRun(
        db,
        {
          key,
          parts: r.kind === 'chat' ? parts.length : 1,
          sendPart: async (i) => {
            if (r.kind === 'email') {
              await sendReportEmail(deps.mailer!, { from: config.report.from, to: r.address, title: f.title, week: label, html: f.html, text: f.markdown, docx: f.docx });
            } else {
              await deps.outbox!.send(r.target, parts[i]!);
            }
          },
        },
        policy,
        logger,
      );
      result.deliveries.push({ ...key, ...outcome });
      await reportOutcome(deps, f.title, key, outcome);
    }
  }
  return result;
}

/** Tells the admins once about a standing problem (tracked in the audit log). */
async function noticeOnce(deps: WeeklyReportDeps, subject: string, title: string, text: string): Promise<void> {
  const done = await listAudit(deps.db, { subject, action: 'report.admin-notice', limit: 1 });
  if (done.length) return;
  await appendAudit(deps.db, { actor: defaultOwnerId(), action: 'report.admin-notice', subject, details: {} });
  await notifyAdmins(deps, title, text);
}

async function reportOutcome(deps: WeeklyReportDeps, title: string, key: { week: string; recipient: string }, outcome: DeliveryOutcome): Promise<void> {
  const { logger } = deps;
  const where = `${key.recipient}`;
  if (outcome.status === 'skipped') return;
  if (outcome.status === 'sent') {
    logger.info({ ...key, attempts: outcome.attempts }, 'weekly report sent');
    if (outcome.uncertainParts.length) {
      await notifyAdmins(deps, `【减负哨兵】${title}发送曾中断`, `发往 ${where} 的周报在发送第 ${outcome.uncertainParts.map((p) => p + 1).join('、')} 段时中断，无法确认该段是否送达；为避免重复，未重发该段，其余各段已发出。请向接收方确认，如有缺失，可用“jianfu report --week ${key.week}”生成后转发。`);
    }
    return;
  }
  if (outcome.status === 'uncertain') {
    logger.error({ ...key }, 'weekly report: interrupted mid-send earlier; delivery unknown, not repeated');
    await notifyAdmins(deps, `【减负哨兵】${title}可能未送达`, `发往 ${where} 的周报上次在发送过程中中断，无法确认是否送达；为避免重复发送，系统不会自动重发。请向接收方确认，如未收到，可用“jianfu report --week ${key.week}”生成后转发。`);
    return;
  }
  logger.error({ ...key, attempts: outcome.attempts, err: outcome.error, willRetry: outcome.willRetry, retryAt: outcome.retryAt }, 'weekly report delivery failed');
  // First failure and the final one: enough for an admin to act, without a message per retry.
  if (outcome.attempts === 1 || !outcome.willRetry) {
    const next = outcome.willRetry && outcome.retryAt ? `系统将于 ${dateTimeCn(outcome.retryAt, true)} 后自动重试。` : '已达到重试上限，不再自动重试，请排除故障后重启机器人或手动转发。';
    await notifyAdmins(deps, `【减负哨兵】${title}发送失败`, `发往 ${where} 的周报第 ${outcome.attempts} 次发送失败：${outcome.error}。${next}请检查邮件服务器（环境变量 SMTP_URL）或聊天平台设置。`);
  }
}
