// Deciding whether a pattern match stands: shared exceptions, the rule's own exceptions, then
// its accept hook. Every exception is gated by its necessary literals (./required-literals.ts):
// the message is read once for all of them, and an exception whose literals are absent is
// never tested. Most matches in work chat meet none of their rule's exceptions, so judging
// them costs a gate lookup per exception instead of a regex run on a slice.
import type { NormalizedText } from './normalize.js';
import type { LiteralGates } from './literal-gates.js';
import { isWholeSentence, SHARED_EXCEPTIONS, TriggerContext, type Segment } from './context.js';
import { requiredLiterals } from './required-literals.js';
import type { CompiledPattern, ExceptionScope, MatchContext, Rule } from './rule.js';
import type { RuleSettings } from '../settings.js';

interface ExceptionCheck {
  /** What a trace names when this check drops a match: "shared:negated", "R06:leisure". */
  key: string;
  scope: ExceptionScope;
  regex: RegExp | undefined;
  test: ((ctx: TriggerContext) => boolean) | undefined;
  /** Its literal gate; -1 when it must always be tested. */
  gate: number;
  /** Index in the per-message answers of message-scope checks. */
  index: number;
}

export interface Judge {
  /** Returns null when the match stands, else the key of what cancelled it. */
  judge(rule: Rule, pattern: CompiledPattern, m: RegExpExecArray, norm: NormalizedText, settings: RuleSettings, asOf: string | null): string | null;
  /** Forgets the current message (call before judging matches of the next one). */
  reset(): void;
}

/** `gates` must be opened on each message before its matches are judged; the judge registers
 *  its literal sets there, so create it before `gates.compile()`. */
export function createJudge(rules: readonly Rule[], gates: LiteralGates): Judge {
  const checks: ExceptionCheck[] = [];
  const add = (key: string, scope: ExceptionScope, regex: RegExp | undefined, test: ExceptionCheck['test'], literals: readonly string[] | null) => {
    const check: ExceptionCheck = { key, scope, regex, test, gate: gates.add(literals), index: checks.length };
    checks.push(check);
    return check;
  };

  const shared = SHARED_EXCEPTIONS.map((ex) =>
    add(`shared:${ex.id}`, ex.scope, ex.regex, ex.test?.bind(ex), ex.gate ?? (ex.regex ? requiredLiterals(ex.regex) : null)),
  );
  const byRule = new Map<Rule, ExceptionCheck[]>();
  for (const rule of rules) {
    const own = rule.exceptions.map((ex) => add(ex.key, ex.spec.scope, ex.regex, undefined, requiredLiterals(ex.regex)));
    byRule.set(rule, [...SHARED_EXCEPTIONS.flatMap((ex, i) => (rule.skipSharedExceptions.has(ex.id) ? [] : [shared[i]!])), ...own]);
  }

  // Per message, the answers of message-scope checks (0 not asked, 1 no, 2 yes).
  const answers = new Uint8Array(checks.length);
  const asked: number[] = [];
  // The last whole sentence found in this message: its next match is most often in it too.
  let known: Segment | null = null;

  return {
    reset() {
      for (const i of asked) answers[i] = 0;
      asked.length = 0;
      known = null;
    },

    judge(rule, pattern, m, norm, settings, asOf) {
      const text = norm.text;
      const groups = groupSpans(pattern, m);
      const trigger = groups.trigger ?? { start: m.index, end: m.index + m[0].length, value: m[0] };
      const inKnown = known !== null && trigger.start >= known.start && trigger.start <= known.end;
      const ctx = new TriggerContext(text, trigger.start, trigger.end, inKnown ? known : null);
      for (const check of byRule.get(rule)!) {
        if (!gates.isOpen(check.gate)) continue;
        let hit: boolean;
        if (check.scope === 'message') {
          // Message-wide tests are answered once per message: a 1 MB message with thousands
          // of matches must not re-read the whole text for each.
          let answer = answers[check.index]!;
          if (answer === 0) {
            answer = (check.test ? check.test(ctx) : check.regex!.test(text)) ? 2 : 1;
            answers[check.index] = answer;
            asked.push(check.index);
          }
          hit = answer === 2;
        } else {
          hit = check.test ? check.test(ctx) : check.regex!.test(ctx.textOf(check.scope));
        }
        if (hit) return check.key;
      }
      if (rule.accept) {
        const sentence = ctx.sentence;
        if (!inKnown && isWholeSentence(text, sentence)) known = sentence;
        const mctx: MatchContext = { text, groups, sentence: text.slice(sentence.start, sentence.end), settings, asOf };
        if (!rule.accept(mctx)) return `${rule.meta.code}:accept`;
      }
      return null;
    },
  };
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
