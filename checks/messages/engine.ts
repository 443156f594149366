// The message engine: compile every pattern once, read each message once through the
// keyword automaton to learn which patterns can apply, normalise and run only those.
import type { MessageFinding } from '../types.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../settings.js';
import { buildKeywordAutomaton } from './keyword-automaton.js';
import { normalize, normalizeLiteral, toOriginalSpan, type NormalizedText } from './normalize.js';
import { sharedExceptionFor, TriggerContext } from './context.js';
import type { CompiledPattern, MatchContext, Rule } from './rule.js';
import { IntervalIndex } from './interval-index.js';

const EXCERPT_MAX = 120;

export interface ScanOptions {
  settings?: RuleSettings;
  /** Why each candidate match was dropped (tests and `jianfu scan --explain`). */
  trace?: (event: { check: string; span: [number, number]; droppedBy: string }) => void;
}

export interface Engine {
  readonly rules: readonly Rule[];
  scan(text: string, options?: ScanOptions): MessageFinding[];
  /** Runs every pattern of every rule with no prefilter: the naive baseline (bench, tests). */
  scanNaive(text: string, options?: ScanOptions): MessageFinding[];
}

interface Slot {
  rule: Rule;
  pattern: CompiledPattern;
}

export function createEngine(rules: readonly Rule[]): Engine {
  // Within a rule, fallback (concept-level) patterns run after the specific ones, so a fallback
  // match that a specific finding already covers can be skipped before it is judged.
  const slots: Slot[] = rules.flatMap((rule) =>
    [...rule.patterns.filter((p) => !p.spec.fallback), ...rule.patterns.filter((p) => p.spec.fallback)].map((pattern) => ({ rule, pattern })),
  );
  const automaton = buildKeywordAutomaton(slots.map((s) => s.pattern.spec.keywords.map(normalizeLiteral)));
  const allSlots = slots.map((_, i) => i);

  function run(original: string, slotIds: number[], options: ScanOptions | undefined): MessageFinding[] {
    if (slotIds.length === 0) return [];
    const settings = options?.settings ?? DEFAULT_RULE_SETTINGS;
    const norm = normalize(original);
    const found: { slot: Slot; s: number; e: number }[] = [];
    const memo = new Map<string, boolean>();
    // Built when a rule's first fallback pattern runs: its specific patterns have all run.
    const specificOf = new Map<Rule, IntervalIndex>();
    // Pattern order is rule order, so findings come out grouped by rule code.
    slotIds.sort((a, b) => a - b);
    for (const id of slotIds) {
      const slot = slots[id]!;
      const { regex } = slot.pattern;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(norm.text)) !== null) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (slot.pattern.spec.fallback) {
          let index = specificOf.get(slot.rule);
          if (!index) specificOf.set(slot.rule, (index = specificIndex(found, slot.rule)));
          if (index.overlaps(m.index, m.index + m[0].length)) continue; // dropped in toFindings anyway
        }
        const verdict = judge(slot, m, norm, settings, memo);
        if (verdict === null) found.push({ slot, s: m.index, e: m.index + m[0].length });
        else options?.trace?.({ check: slot.pattern.checkId, span: toOriginalSpan(norm, m.index, m.index + m[0].length), droppedBy: verdict });
      }
    }
    return toFindings(original, norm, found);
  }

  return {
    rules,
    scan(text, options) {
      return run(text, automaton.candidates(text), options);
    },
    scanNaive(text, options) {
      return run(text, allSlots.slice(), options);
    },
  };
}

function specificIndex(found: { slot: Slot; s: number; e: number }[], rule: Rule): IntervalIndex {
  return new IntervalIndex(found.filter((f) => f.slot.rule === rule && !f.slot.pattern.spec.fallback));
}

/** Returns null when the match stands, else the id of what cancelled it. */
function judge(slot: Slot, m: RegExpExecArray, norm: NormalizedText, settings: RuleSettings, memo: Map<string, boolean>): string | null {
  const { rule, pattern } = slot;
  const text = norm.text;
  const groups = groupSpans(pattern, m);
  const trigger = groups.trigger ?? { start: m.index, end: m.index + m[0].length, value: m[0] };
  const tctx = new TriggerContext(text, trigger.start, trigger.end);
  const shared = sharedExceptionFor(tctx, rule.skipSharedExceptions, memo);
  if (shared) return `shared:${shared}`;
  for (const ex of rule.exceptions) {
    const key = ex.key;
    let hit: boolean | undefined;
    if (ex.spec.scope === 'message') {
      hit = memo.get(key);
      if (hit === undefined) memo.set(key, (hit = ex.regex.test(text)));
    } else {
      hit = ex.regex.test(tctx.textOf(ex.spec.scope));
    }
    if (hit) return key;
  }
  if (rule.accept) {
    const sentence = tctx.sentence;
    const ctx: MatchContext = { text, groups, sentence: text.slice(sentence.start, sentence.end), settings };
    if (!rule.accept(ctx)) return `${rule.meta.code}:accept`;
  }
  return null;
}

/** Start/end of each named group. Offsets are found by searching the group's value inside
 *  the match after the previous group, which is exact for the non-overlapping, in-order
 *  groups our patterns use (the `d` flag would give indices but costs on every match). */
function groupSpans(pattern: CompiledPattern, m: RegExpExecArray): MatchContext['groups'] {
  const out: MatchContext['groups'] = {};
  let cursor = 0;
  for (let i = 1; i < m.length; i++) {
    const name = pattern.groupNames[i - 1];
    const value = m[i];
    if (!name || value === undefined) continue;
    const at = m[0].indexOf(value, cursor);
    const rel = at >= 0 ? at : m[0].indexOf(value);
    out[name] = { start: m.index + rel, end: m.index + rel + value.length, value };
    if (at >= 0) cursor = at;
  }
  return out;
}

function toFindings(original: string, norm: NormalizedText, found: { slot: Slot; s: number; e: number }[]): MessageFinding[] {
  const findings: MessageFinding[] = [];
  // One finding per rule per stretch of text: overlapping matches of the same rule merge.
  const byRule = new Map<string, { slot: Slot; s: number; e: number }[]>();
  for (const f of found) {
    const list = byRule.get(f.slot.rule.meta.code) ?? [];
    list.push(f);
    byRule.set(f.slot.rule.meta.code, list);
  }
  for (const all of byRule.values()) {
    // A fallback (concept-level) match gives way to any specific match it overlaps.
    const specific = new IntervalIndex(all.filter((f) => !f.slot.pattern.spec.fallback));
    const list = all.filter((f) => !f.slot.pattern.spec.fallback || !specific.overlaps(f.s, f.e));
    list.sort((a, b) => a.s - b.s || b.e - a.e);
    let last: { slot: Slot; s: number; e: number } | null = null;
    for (const f of list) {
      if (last && f.s < last.e) continue;
      last = f;
      const span = toOriginalSpan(norm, f.s, f.e);
      findings.push({
        rule: f.slot.rule.meta.code,
        check: f.slot.pattern.checkId,
        span,
        excerpt: excerptAround(original, span),
        basis: f.slot.rule.meta.basis,
      });
    }
  }
  return findings;
}

// Sentence ends in the ORIGINAL text (full- and half-width), as a code-unit table.
const BREAK = new Uint8Array(0x10000);
for (const ch of '。！？!?；;\n') BREAK[ch.charCodeAt(0)] = 1;
const isBreak = (s: string, i: number) => BREAK[s.charCodeAt(i)] === 1;

/** The sentence around a span in the original text, cut to EXCERPT_MAX characters. */
export function excerptAround(original: string, [s, e]: [number, number]): string {
  let a = s;
  while (a > 0 && !isBreak(original, a - 1) && s - a < EXCERPT_MAX) a--;
  let b = e;
  while (b < original.length && !isBreak(original, b) && b - a < EXCERPT_MAX) b++;
  if (b < original.length && isBreak(original, b) && original[b] !== '\n') b++;
  let out = original.slice(a, b).trim();
  if (out.length > EXCERPT_MAX) {
    const from = Math.max(0, s - a - 40);
    out = `…${out.slice(from, from + EXCERPT_MAX)}…`;
  }
  return out;
}
