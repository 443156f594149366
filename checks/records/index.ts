// The explicit list of record checks (no folder scanning) and the entry point that runs
// them all on validated records (./validate-records.ts comes first).
import type { RecordFinding } from '../types.js';
import { inspectionDuplicate } from './inspection-duplicate.js';
import { inspectionPreparation } from './inspection-preparation.js';
import { inspectionUnapproved } from './inspection-unapproved.js';
import { secondmentDueSoon } from './secondment-due-soon.js';
import { secondmentNewRecruit } from './secondment-new-recruit.js';
import { secondmentNoTerm } from './secondment-no-term.js';
import { secondmentOverdue } from './secondment-overdue.js';
import { secondmentQuota } from './secondment-quota.js';
import { secondmentUnapproved } from './secondment-unapproved.js';
import { vetoUnlisted } from './veto-unlisted.js';
import type { RecordCheck, RecordCheckContext, RegisterKind } from './types.js';

/** In RECORD_CHECK_IDS order (checks/types.ts); tests/records/index.test.ts keeps them in step. */
export const RECORD_CHECKS: readonly RecordCheck[] = [
  inspectionUnapproved,
  inspectionDuplicate,
  inspectionPreparation,
  secondmentUnapproved,
  secondmentNoTerm,
  secondmentOverdue,
  secondmentQuota,
  secondmentNewRecruit,
  secondmentDueSoon,
  vetoUnlisted,
];

const REGISTER_ORDER: Record<RegisterKind, number> = { inspections: 0, secondments: 1, vetoItems: 2 };

/**
 * Runs every record check. Findings come out in register order (inspections, secondments,
 * 一票否决), then record order, then check order — a stable order for reports and diffs.
 */
export function runRecordChecks(ctx: RecordCheckContext, checks: readonly RecordCheck[] = RECORD_CHECKS): RecordFinding[] {
  const position = new Map<string, number>();
  for (const kind of ['inspections', 'secondments', 'vetoItems'] as const) {
    ctx.records[kind].forEach((r, i) => position.set(`${kind}\u0000${r.id}`, i));
  }
  const tagged: { f: RecordFinding; reg: number; pos: number; chk: number }[] = [];
  checks.forEach((check, chk) => {
    const reg = REGISTER_ORDER[check.meta.register];
    for (const f of check.run(ctx)) {
      tagged.push({ f, reg, pos: position.get(`${check.meta.register}\u0000${f.ref}`) ?? 0, chk });
    }
  });
  tagged.sort((a, b) => a.reg - b.reg || a.pos - b.pos || a.chk - b.chk);
  return tagged.map((t) => t.f);
}

export type { RecordCheck, RecordCheckContext } from './types.js';
