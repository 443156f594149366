// Burden reports (举报). The reporter is protected three ways: the identity is stored only
// when the reporter chose to be named AND a seal key is configured, and then only sealed
// (storage/seal-reporter.ts); no function here returns the sealed column; and the report
// keeps its receipt day, not its time. Lookup by number (查询) returns the status only.
import { randomInt } from 'node:crypto';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { IsoDate } from '../../checks/types.js';
import type { Db } from '../database.js';
import { stripNul, stripNulOrNull } from '../sanitize-text.js';
import { sealReporter, type ReporterIdentity } from '../seal-reporter.js';
import { burdenReports, type BurdenReportStatus } from '../schema/index.js';
import { appendAudit } from './audit-log.js';

export const BURDEN_REPORT_STATUS_LABELS: Record<BurdenReportStatus, string> = {
  received: '已受理',
  verifying: '核查中',
  confirmed: '经核查属实',
  dismissed: '经核查不属实',
  resolved: '已办结',
};

/** Crockford-style alphabet: no 0/O, 1/I/L, U — a number read out over the phone survives. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

function shanghaiDate(at: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "JB-2026-7KQ3XM": year of receipt and 6 random characters (≈7×10⁸ per year), so one
 *  number tells nothing about another or about how many reports there are. */
export function newReportNumber(receivedOn: IsoDate): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `JB-${receivedOn.slice(0, 4)}-${tail}`;
}

/** Canonical form of a number a person typed (full-width, lower case, spaces). */
export function normalizeReportNumber(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[\s]/g, '').replace(/[‐‑–—－_]/g, '-');
}

export interface FileBurdenReportInput {
  content: string;
  township?: string | null;
  /** The department (or leader) the report names. */
  department?: string | null;
  /** Only when the reporter asked to be named (实名). Ignored (not stored) without a seal key. */
  reporter?: ReporterIdentity | null;
  /** StorageKeys.seal: null when JIANFU_SEAL_KEY is unset. */
  sealKey: Buffer | null;
  receivedAt?: Date;
}

export interface FiledBurdenReport {
  reportNo: string;
  receivedOn: IsoDate;
  /** True when a sealed identity was stored; false means the report is anonymous. */
  identityStored: boolean;
}

export async function fileBurdenReport(db: Db, input: FileBurdenReportInput): Promise<FiledBurdenReport> {
  const content = stripNul(input.content).trim();
  if (!content) throw new Error('举报内容不能为空。请写明哪个部门、要求了什么、什么时候。');
  const receivedOn = shanghaiDate(input.receivedAt ?? new Date());
  const seal = input.reporter && input.sealKey ? input.sealKey : null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const reportNo = newReportNumber(receivedOn);
    const filed = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(burdenReports)
        .values({
          reportNo,
          content,
          township: stripNulOrNull(input.township),
          department: stripNulOrNull(input.department),
          reporterSealed: seal ? sealReporter(seal, input.reporter!, reportNo) : null,
          receivedOn,
        })
        .onConflictDoNothing()
        .returning({ id: burdenReports.id });
      if (rows.length === 0) return false;
      // Never the reporter as actor: the audit log is readable by administrators.
      await appendAudit(tx, { actor: 'anonymous', action: 'burden-report.filed', subject: reportNo, details: {} });
      return true;
    });
    if (filed) return { reportNo, receivedOn, identityStored: seal !== null };
  }
  throw new Error('生成举报编号失败，请稍后重试。');
}

export interface BurdenReportStatusView {
  reportNo: string;
  status: BurdenReportStatus;
  statusLabel: string;
  receivedOn: IsoDate;
  /** The inspector's note on the outcome, meant for whoever holds the number. */
  note: string | null;
  updatedAt: Date | null;
}

/** What `查询 <编号>` may show: the status of that one report, nothing about who filed it. */
export async function getBurdenReportStatus(db: Db, options: { reportNo: string }): Promise<BurdenReportStatusView | null> {
  const [row] = await db
    .select({
      reportNo: burdenReports.reportNo,
      status: burdenReports.status,
      receivedOn: burdenReports.receivedOn,
      note: burdenReports.statusNote,
      updatedAt: burdenReports.updatedAt,
    })
    .from(burdenReports)
    .where(eq(burdenReports.reportNo, normalizeReportNumber(options.reportNo)));
  return row ? { ...row, statusLabel: BURDEN_REPORT_STATUS_LABELS[row.status] } : null;
}

/** A report as the weekly digest and inspectors see it — never with the reporter. */
export interface BurdenReportView {
  reportNo: string;
  content: string;
  township: string | null;
  department: string | null;
  status: BurdenReportStatus;
  note: string | null;
  receivedOn: IsoDate;
}

const publicColumns = {
  reportNo: burdenReports.reportNo,
  content: burdenReports.content,
  township: burdenReports.township,
  department: burdenReports.department,
  status: burdenReports.status,
  note: burdenReports.statusNote,
  receivedOn: burdenReports.receivedOn,
};

/** Reports received between two Asia/Shanghai days, inclusive. */
export async function listBurdenReports(db: Db, options: { fromDay: IsoDate; toDay: IsoDate }): Promise<BurdenReportView[]> {
  return db
    .select(publicColumns)
    .from(burdenReports)
    .where(and(gte(burdenReports.receivedOn, options.fromDay), lte(burdenReports.receivedOn, options.toDay)))
    .orderBy(asc(burdenReports.receivedOn), asc(burdenReports.id));
}

/** Inspectors move a report's status; recorded in the audit log. Null when no such report. */
export async function setBurdenReportStatus(
  db: Db,
  options: { reportNo: string; status: BurdenReportStatus; by: string; note?: string | null },
): Promise<{ previous: BurdenReportStatus; report: BurdenReportView } | null> {
  const reportNo = normalizeReportNumber(options.reportNo);
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: burdenReports.status }).from(burdenReports).where(eq(burdenReports.reportNo, reportNo)).for('update');
    if (!current) return null;
    const [report] = await tx
      .update(burdenReports)
      .set({ status: options.status, statusNote: stripNulOrNull(options.note), updatedAt: new Date() })
      .where(eq(burdenReports.reportNo, reportNo))
      .returning(publicColumns);
    await appendAudit(tx, {
      actor: options.by,
      action: 'burden-report.status',
      subject: reportNo,
      details: { from: current.status, to: options.status, note: options.note ?? null },
    });
    return { previous: current.status, report: report! };
  });
}
