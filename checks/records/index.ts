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
import type { RecordCheck, RecordCheckContext } from './types.js';

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

const REGISTERS = ['inspections', 'secondments', 'vetoItems'] as const;

/**
 * Runs every record check. Findings come out in register order (inspections, secondments,
 * 一票否决), then record order, then check order — a stable order for reports and diffs.
 * Bucketed by record position rather than sorted: 100k-row registers stay linear.
 */
export function runRecordChecks(ctx: RecordCheckContext, checks: readonly RecordCheck[] = RECORD_CHECKS): RecordFinding[] {
  const out: RecordFinding[] = [];
  for (const register of REGISTERS) {
    const mine = checks.filter((c) => c.meta.register === register);
    if (mine.length === 0) continue;
    const position = new Map<string, number>();
    ctx.records[register].forEach((r, i) => position.set(r.id, i));
    const buckets: (RecordFinding[] | undefined)[] = new Array(ctx.records[register].length);
    const stray: RecordFinding[] = [];
    for (const check of mine) {
      for (const f of check.run(ctx)) {
        const pos = position.get(f.ref);
        if (pos === undefined) stray.push(f);
        else (buckets[pos] ??= []).push(f);
      }
    }
    for (const b of buckets) if (b) out.push(...b);
    out.push(...stray);
  }
  return out;
}

export type { RecordCheck, RecordCheckContext } from './types.js';
