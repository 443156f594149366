// What the commands need from the rest of the system (storage, record checks, reports),
// as one narrow interface. bot/commands/storage-services.ts implements it over storage/;
// keeping commands behind it keeps them small and their tests independent of SQL.
import type { IsoDate, RecordFinding } from '../../checks/types.js';
import type { Platform } from '../config/schema.js';

export type BurdenReportStatus = 'received' | 'verifying' | 'confirmed' | 'dismissed' | 'resolved';

export interface NewBurdenReport {
  content: string;
  township?: string;
  department?: string;
  platform: Platform;
  receivedAt: Date;
  /** Present only when the reporter asked to be named (实名); sealed by storage. */
  reporter?: { platform: Platform; id: string; name?: string };
}

export interface BurdenReportView {
  number: string;
  status: BurdenReportStatus;
  /** Day of receipt (the time is deliberately not kept). */
  receivedOn: IsoDate;
  updatedAt?: Date;
  /** The inspector's note on the outcome, shown to whoever holds the number. */
  note?: string;
}

export interface SecondmentInput {
  person: string;
  township: string;
  borrowingUnit: string;
  start: IsoDate;
  end: IsoDate | null;
  approvalRef: string | null;
  hireDate: IsoDate | null;
}

export interface InspectionInput {
  organizer: string;
  level: 'county' | 'municipal' | 'provincial' | 'township';
  topic: string;
  townships: string[];
  date: IsoDate;
  approvalRef: string | null;
  requiresPreparation: boolean;
}

export interface VetoInput {
  setBy: string;
  item: string;
  targets: string;
  date: IsoDate;
}

export type RegisterKind = 'secondment' | 'inspection' | 'veto';

export interface EnteredBy {
  platform: Platform;
  id: string;
  name?: string;
}

export interface RegisterResult {
  /** The record id (stable for the same row, so entering it twice changes nothing). */
  ref: string;
  created: boolean;
  /** Record checks that concern this row, as of `asOf`. */
  findings: RecordFinding[];
}

export type Verdict = 'confirmed' | 'dismissed' | 'resolved';

export type VerifyResult =
  | { kind: 'finding' | 'report'; number: string; previous: string; status: Verdict }
  | { kind: 'not-found' };

export interface CommandServices {
  /** `identityStored` is false when the report is anonymous — including a 实名 request
   *  on a server without a seal key, where the identity is not stored at all. */
  fileBurdenReport(report: NewBurdenReport): Promise<{ number: string; identityStored: boolean }>;
  getBurdenReport(number: string): Promise<BurdenReportView | undefined>;
  registerSecondment(row: SecondmentInput, by: EnteredBy, asOf: IsoDate): Promise<RegisterResult>;
  registerInspection(row: InspectionInput, by: EnteredBy, asOf: IsoDate): Promise<RegisterResult>;
  registerVeto(row: VetoInput, by: EnteredBy, asOf: IsoDate): Promise<RegisterResult>;
  /** Markdown summary of the ISO week holding `today`, for chat. */
  weeklySummary(today: IsoDate): Promise<string>;
  /** Confirms, dismisses or resolves a finding or a burden report by its number. */
  verify(number: string, verdict: Verdict, note: string, by: EnteredBy): Promise<VerifyResult>;
}
