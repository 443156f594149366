// The message rules, listed explicitly (no folder scanning), and the engine built on them.
import { createEngine, type ScanOptions } from './engine.js';
import type { Rule } from './rule.js';
import type { MessageFinding, RuleCode } from '../types.js';
import type { RuleSettings } from '../settings.js';
import R01 from './rules/R01-duplicate-inspection.js';
import R02 from './rules/R02-repeated-assessment.js';
import R03 from './rules/R03-form-filling.js';
import R04 from './rules/R04-veto-abuse.js';
import R05 from './rules/R05-nested-meeting.js';
import R06 from './rules/R06-app-misuse.js';
import R07 from './rules/R07-responsibility-shift.js';
import R08 from './rules/R08-territorial-overreach.js';
import R09 from './rules/R09-organ-mandate.js';
import R10 from './rules/R10-long-secondment.js';

export const RULES: readonly Rule[] = [R01, R02, R03, R04, R05, R06, R07, R08, R09, R10];

export const RULES_BY_CODE: ReadonlyMap<RuleCode, Rule> = new Map(RULES.map((r) => [r.meta.code, r]));

let engine: ReturnType<typeof createEngine> | null = null;

/** The shared engine, compiled on first use. */
export function getEngine(): ReturnType<typeof createEngine> {
  return (engine ??= createEngine(RULES));
}

export function scanMessage(text: string, settings?: RuleSettings, asOf?: string, options?: Omit<ScanOptions, 'settings' | 'asOf'>): MessageFinding[] {
  return getEngine().scan(text, { ...options, ...(settings ? { settings } : {}), ...(asOf ? { asOf } : {}) });
}

export { createEngine } from './engine.js';
export type { Rule } from './rule.js';
