// Shared vocabulary of the pure checks: rule codes, legal bases and findings.
// Everything under checks/ is pure: no I/O, no clock (callers pass `asOf`).

export const RULE_CODES = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10'] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** One clause a finding rests on, quoted word for word from ../shared/policy or a central text. */
export interface Basis {
  /** Policy file id in shared/policy (e.g. "004"), or "central" for later central texts. */
  source: string;
  /** Short Chinese title of the document, e.g. 《西峡县深化乡镇管理体制机制改革方案》. */
  document: string;
  /** Section reference, e.g. "九(六)". */
  section: string;
  /** The clause, quoted verbatim. */
  quote: string;
}

/** A breach found in a chat message. Span offsets index the ORIGINAL text (UTF-16 code units). */
export interface MessageFinding {
  rule: RuleCode;
  /** Stable id of the pattern that fired, e.g. "R06/check-in". */
  check: string;
  span: [number, number];
  excerpt: string;
  basis: Basis[];
}

/** A breach (or alert) found in a register record. */
export interface RecordFinding {
  check: RecordCheckId;
  /** Rule code, or null for alerts that are not breaches (secondment-due-soon). */
  rule: RuleCode | null;
  ref: string;
  message: string;
  basis: Basis[];
}

export const RECORD_CHECK_IDS = [
  'inspection-unapproved',
  'inspection-duplicate',
  'inspection-preparation',
  'secondment-unapproved',
  'secondment-no-term',
  'secondment-overdue',
  'secondment-quota',
  'secondment-new-recruit',
  'secondment-due-soon',
  'veto-unlisted',
] as const;
export type RecordCheckId = (typeof RECORD_CHECK_IDS)[number];

/** Calendar date in Asia/Shanghai, as "YYYY-MM-DD". */
export type IsoDate = string;
