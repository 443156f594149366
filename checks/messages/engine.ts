// The message engine: compile every pattern once, read each message once through the
// keyword automaton to learn which patterns can apply, normalise and run only those.
import type { MessageFinding } from '../types.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../settings.js';
import { buildKeywordAutomaton } from './keyword-automaton.js';
import { normalize, normalizeLiteral, toOriginalSpan, type NormalizedText } from './normalize.js';
import { createJudge } from './judge.js';
import { LiteralGates } from './literal-gates.js';
import { requiredLiteralSets } from './required-literals.js';
import type { CompiledPattern, Rule } from './rule.js';
import { IntervalIndex } from './interval-index.js';

const EXCERPT_MAX = 120;

export interface ScanOptions {
  settings?: RuleSettings;
  /** The day the message was sent (YYYY-MM-DD), for the few checks that weigh a date written
   *  in it against today ("2024年考录" is still in the minimum service period in 2026). The
   *  engine never reads the clock: without it, such checks do not fire. */
  asOf?: string;
  /** Why each candidate match was dropped (tests and `jianfu scan --explain`). */
  trace?: (event: { check: string; span: [number, number]; droppedBy: string }) => void;
}

export interface Engine {
  readonly rules: readonly Rule[];
  scan(text: string, options?: ScanOptions): MessageFinding[];
  /** Runs every pattern of every rule with no prefilter: the naive baseline (bench, tests). */
  scanNaive(text: string, options?: ScanOptions): MessageFinding[];
  /** Only the prefilter: how many patterns `scan` would run on `text` (keywords present,
   *  then every needed literal). The bench times it to show what the prefilter alone costs. */
  prefilter(text: string): number;
}

interface Slot {
  rule: Rule;
  pattern: CompiledPattern;
}

export interface EngineOptions {
  /** false: test every pattern and exception the keywords allow, ignoring literal gates (the
   *  reference the gated engine is checked against). */
  literalGates?: boolean;
}

export function createEngine(rules: readonly Rule[], engineOptions: EngineOptions = {}): Engine {
  // Within a rule, fallback (concept-level) patterns run after the specific ones, so a fallback
  // match that a specific finding already covers can be skipped before it is judged.
  const slots: Slot[] = rules.flatMap((rule) =>
    [...rule.patterns.filter((p) => !p.spec.fallback), ...rule.patterns.filter((p) => p.spec.fallback)].map((pattern) => ({ rule, pattern })),
  );
  const automaton = buildKeywordAutomaton(slots.map((s) => s.pattern.spec.keywords.map(normalizeLiteral)));
  const allSlots = slots.map((_, i) => i);
  // The keywords say a pattern may apply; the literal sets its regex needs, all of them,
  // say whether it can (a burden word and an imposition cue, both present).
  const gates = new LiteralGates(engineOptions.literalGates ?? true);
  const needs = slots.map((s) => Int32Array.from(requiredLiteralSets(s.pattern.regex).map((set) => gates.add(set)).filter((id) => id >= 0)));
  const judge = createJudge(rules, gates);
  gates.compile();

  function run(original: string, slotIds: number[], prefilter: boolean, options: ScanOptions | undefined): MessageFinding[] {
    if (slotIds.length === 0) return [];
    const settings = options?.settings ?? DEFAULT_RULE_SETTINGS;
    const asOf = options?.asOf ?? null;
    const norm = normalize(original);
    gates.open(norm.text);
    const found: Found[] = [];
    // Start of the current rule's findings in `found`, and an index over its specific ones,
    // built when the rule's first fallback pattern has a match.
    let ruleStart = 0;
    let currentRule: Rule | null = null;
    let specific: IntervalIndex | null = null;
    judge.reset();
    // Pattern order is rule order, so findings come out grouped by rule code.
    sortSmall(slotIds);
    for (const id of slotIds) {
      if (prefilter && !gates.allOpen(needs[id]!)) continue;
      const slot = slots[id]!;
      if (slot.rule !== currentRule) {
        currentRule = slot.rule;
        ruleStart = found.length;
        specific = null;
      }
      const { regex } = slot.pattern;
      const fallback = slot.pattern.spec.fallback === true;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(norm.text)) !== null) {
        const s = m.index;
        const e = s + m[0].length;
        if (e === s) {
          regex.lastIndex++;
          continue;
        }
        if (fallback) {
          // A fallback (concept-level) match gives way to any specific match of its rule it
          // overlaps; the rule's specific patterns have all run by now (slot order).
          specific ??= new IntervalIndex(found.slice(ruleStart).filter((f) => !f.slot.pattern.spec.fallback));
          if (specific.overlaps(s, e)) continue;
        }
        const verdict = judge.judge(slot.rule, slot.pattern, m, norm, settings, asOf);
        if (verdict === null) found.push({ slot, s, e });
        else options?.trace?.({ check: slot.pattern.checkId, span: toOriginalSpan(norm, s, e), droppedBy: verdict });
      }
    }
    return toFindings(original, norm, found);
  }

  return {
    rules,
    scan(text, options) {
      return run(text, automaton.candidates(text), true, options);
    },
    scanNaive(text, options) {
      return run(text, allSlots.slice(), false, options);
    },
    prefilter(text) {
      const slotIds = automaton.candidates(text);
      if (slotIds.length === 0) return 0;
      gates.open(normalize(text).text);
      let n = 0;
      for (const id of slotIds) if (gates.allOpen(needs[id]!)) n++;
      return n;
    },
  };
}

/** Insertion sort: candidate lists are a handful of ids, where a comparator sort costs more. */
function sortSmall(ids: number[]): void {
  for (let i = 1; i < ids.length; i++) {
    const v = ids[i]!;
    let j = i - 1;
    while (j >= 0 && ids[j]! > v) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = v;
  }
}

interface Found {
  slot: Slot;
  s: number;
  e: number;
}

function toFindings(original: string, norm: NormalizedText, found: Found[]): MessageFinding[] {
  const findings: MessageFinding[] = [];
  // `found` is grouped by rule. One finding per rule per stretch of text: overlapping
  // matches of the same rule merge.
  for (let from = 0; from < found.length; ) {
    const rule = found[from]!.slot.rule;
    let to = from + 1;
    while (to < found.length && found[to]!.slot.rule === rule) to++;
    const list = found.slice(from, to); // fallback matches that overlap a specific one never got here
    from = to;
    if (list.length > 1) list.sort((a, b) => a.s - b.s || b.e - a.e);
    let lastEnd = -1;
    for (const f of list) {
      if (f.s < lastEnd) continue;
      lastEnd = f.e;
      const span = toOriginalSpan(norm, f.s, f.e);
      findings.push({
        rule: rule.meta.code,
        check: f.slot.pattern.checkId,
        span,
        excerpt: excerptAround(original, span),
        basis: rule.meta.basis,
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
