// Typed register records (the fields of ../shared/corpus/records.json) and the shape of
// a record check module. Records reach the checks already validated
// (./validate-records.ts): dates are real 'YYYY-MM-DD' strings, required text is present.
import type { Basis, IsoDate, RecordCheckId, RecordFinding, RuleCode } from '../types.js';
import type { RuleSettings } from '../settings.js';

/** A row of the inspection-request log (督查检查考核 报批台账). */
export interface InspectionRecord {
  id: string;
  /** The body that inspects, e.g. 县农业农村局. */
  organizer: string;
  /** county / municipal / provincial, or as written; informative only. */
  level: string | null;
  topic: string;
  /** Townships (乡镇/苏木/街道) inspected; at least one. */
  townships: string[];
  date: IsoDate;
  /** Approval number of the county party committee/government (一事一议报批), null when none. */
  approvalRef: string | null;
  /** The request makes townships prepare materials, reports or escorts (迎检). */
  requiresPreparation: boolean;
}

/** A row of the secondment register (借调台账). */
export interface SecondmentRecord {
  id: string;
  person: string;
  /** The township the cadre belongs to. */
  township: string;
  borrowingUnit: string;
  start: IsoDate;
  /** Agreed end (last day of the secondment); null when open-ended. */
  end: IsoDate | null;
  /** The day the cadre was back at the township; null while still seconded. */
  returnedOn: IsoDate | null;
  /** Approval number of the organisation / HR department; null when none. */
  approvalRef: string | null;
  /** Recruitment date; null when the register does not say (new-recruit is then not judged). */
  hireDate: IsoDate | null;
}

/** A row of the 一票否决 register. */
export interface VetoRecord {
  id: string;
  setBy: string | null;
  item: string;
  targets: string | null;
  date: IsoDate | null;
}

export interface RecordSet {
  inspections: InspectionRecord[];
  secondments: SecondmentRecord[];
  vetoItems: VetoRecord[];
}

export type RegisterKind = 'inspections' | 'secondments' | 'vetoItems';

/** A record that could not be checked: which one, and what to fix (Chinese). */
export interface RecordError {
  ref: string;
  error: string;
}

export interface RecordCheckContext {
  records: RecordSet;
  settings: RuleSettings;
  asOf: IsoDate;
}

/** A record check's own description (like an ESLint rule's `meta`). */
export interface RecordCheckMeta {
  id: RecordCheckId;
  /** Rule code, or null for alerts that are not breaches. */
  rule: RuleCode | null;
  register: RegisterKind;
  /** Chinese title. */
  title: string;
  /** One Chinese sentence: when it fires. */
  description: string;
  basis: Basis[];
}

export type RawRecord = Record<string, unknown>;

/** A table of records the check must flag and must leave alone, run by the shared tester
 *  (tests/records/check-examples.test.ts). Settings are partial overrides of the defaults. */
export interface RecordCheckExample {
  name: string;
  asOf: IsoDate;
  settings?: { [K in keyof RuleSettings]?: Partial<RuleSettings[K]> };
  /** Raw records (as in a records.json file); the tester validates them first. */
  records: { inspections?: RawRecord[]; secondments?: RawRecord[]; vetoItems?: RawRecord[] };
  /** Refs this check must flag; every other ref must stay clean. */
  flagged: string[];
}

export interface RecordCheck {
  meta: RecordCheckMeta;
  run(ctx: RecordCheckContext): RecordFinding[];
  examples: RecordCheckExample[];
}
