// CommandServices over storage/ and checks/records: burden reports, register rows with
// immediate record checks, finding and report status changes. The weekly summary comes
// from the reports module and is passed in.
import type { IsoDate, RecordFinding } from '../../checks/types.js';
import type { RuleSettings } from '../../checks/settings.js';
import { runRecordChecks } from '../../checks/records/index.js';
import type { Db } from '../../storage/database.js';
import { parseFindingNumber } from '../../storage/finding-number.js';
import { fileBurdenReport, getBurdenReportStatus, setBurdenReportStatus } from '../../storage/repositories/burden-reports.js';
import { setFindingStatus } from '../../storage/repositories/findings.js';
import { importRegisterRows, listInspections, listSecondments, listVetoItems } from '../../storage/repositories/registers.js';
import { inspectionId, secondmentId, vetoId } from './register-ids.js';
import type { CommandServices, EnteredBy, RegisterResult } from './services.js';

export interface StorageServicesOptions {
  db: Db;
  settings: RuleSettings;
  /** StorageKeys.seal; null = named reports are stored anonymously. */
  sealKey: Buffer | null;
  weeklySummary: (today: IsoDate) => Promise<string>;
}

function actor(by: EnteredBy): string {
  return by.name ? `${by.name}（${by.platform}:${by.id}）` : `${by.platform}:${by.id}`;
}

export function createStorageServices(options: StorageServicesOptions): CommandServices {
  const { db, settings } = options;

  async function checksFor(ref: string, asOf: IsoDate): Promise<RecordFinding[]> {
    // Duplicate and quota checks compare a row with the others, so run over the whole
    // register; a county's registers are a few thousand rows at most.
    const [inspections, secondments, vetoItems] = await Promise.all([listInspections(db), listSecondments(db), listVetoItems(db)]);
    return runRecordChecks({ records: { inspections, secondments, vetoItems }, settings, asOf }).filter((f) => f.ref === ref);
  }

  async function register<K extends 'secondment' | 'inspection' | 'veto'>(
    kind: K,
    record: Parameters<typeof importRegisterRows<K>>[1]['rows'][number],
    by: EnteredBy,
    asOf: IsoDate,
  ): Promise<RegisterResult> {
    const result = await importRegisterRows(db, { kind, rows: [record], enteredBy: actor(by), source: 'chat' });
    return { ref: record.id, created: result.inserted.includes(record.id), findings: await checksFor(record.id, asOf) };
  }

  return {
    async fileBurdenReport(report) {
      const filed = await fileBurdenReport(db, {
        content: report.content,
        township: report.township ?? null,
        department: report.department ?? null,
        reporter: report.reporter ?? null,
        sealKey: options.sealKey,
        receivedAt: report.receivedAt,
      });
      return { number: filed.reportNo, identityStored: filed.identityStored };
    },
    async getBurdenReport(number) {
      const view = await getBurdenReportStatus(db, { reportNo: number });
      if (!view) return undefined;
      return {
        number: view.reportNo,
        status: view.status,
        receivedOn: view.receivedOn,
        ...(view.updatedAt ? { updatedAt: view.updatedAt } : {}),
        ...(view.note ? { note: view.note } : {}),
      };
    },
    registerSecondment(row, by, asOf) {
      return register('secondment', { id: secondmentId(row), ...row, returnedOn: null }, by, asOf);
    },
    registerInspection(row, by, asOf) {
      return register('inspection', { id: inspectionId(row), ...row }, by, asOf);
    },
    registerVeto(row, by, asOf) {
      return register('veto', { id: vetoId(row), ...row }, by, asOf);
    },
    weeklySummary: (today) => options.weeklySummary(today),
    async verify(number, verdict, note, by) {
      const findingId = parseFindingNumber(number);
      if (findingId !== null) {
        const changed = await setFindingStatus(db, { id: findingId, status: verdict, by: actor(by), reason: note });
        return changed ? { kind: 'finding', number: changed.finding.number, previous: changed.previous, status: verdict } : { kind: 'not-found' };
      }
      const changed = await setBurdenReportStatus(db, { reportNo: number, status: verdict, by: actor(by), note });
      return changed ? { kind: 'report', number: changed.report.reportNo, previous: changed.previous, status: verdict } : { kind: 'not-found' };
    },
  };
}
