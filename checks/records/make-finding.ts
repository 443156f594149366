// One place that turns a check's meta and a message into a RecordFinding, so every
// finding carries the same rule code and basis as its check's metadata.
import type { RecordFinding } from '../types.js';
import type { RecordCheckMeta, SecondmentRecord } from './types.js';

export function makeFinding(meta: RecordCheckMeta, ref: string, message: string): RecordFinding {
  return { check: meta.id, rule: meta.rule, ref, message, basis: meta.basis };
}

/** "张伟（丹水镇）借调至县发改委" — how every secondment message begins. */
export function describeSecondment(s: SecondmentRecord): string {
  return `${s.person}（${s.township}）借调至${s.borrowingUnit}`;
}
