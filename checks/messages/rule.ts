// The shape of a message rule module, and `defineRule`, which compiles its XRegExp
// patterns once into native RegExps (XRegExp's own objects ran ~2.5x slower here).
//
// A rule module reads like an ESLint rule: `meta` (code, title, the clause it rests on),
// then its patterns, each with a keyword list for the prefilter and its own examples,
// then rule-specific exceptions. Shared vocabulary lives in ./lexicon.ts.
import XRegExp from 'xregexp';
import type { Basis, RuleCode } from '../types.js';
import type { RuleSettings } from '../settings.js';

export interface RuleMeta {
  code: RuleCode;
  slug: string;
  /** Chinese title as in rules.md, e.g. "不得滥用各类软件". */
  title: string;
  /** One Chinese sentence: what the rule flags. */
  description: string;
  basis: Basis[];
}

/** Where an exception looks, relative to a match:
 *  - 'before': in the clause (between commas/colons/sentence ends) before the trigger;
 *  - 'clause': anywhere in the clause holding the trigger;
 *  - 'sentence': anywhere in the sentence (split on 。!?; and line breaks);
 *  - 'message': anywhere in the message;
 *  - 'trigger': the trigger itself (a release word inside a long trigger: "会后无需另行召开");
 *  - 'after': from the trigger's end to the sentence end (a burden told as already gone:
 *    "以前搞过每月排名，去年已经全部取消了"). */
export type ExceptionScope = 'before' | 'clause' | 'sentence' | 'message' | 'trigger' | 'after';

export interface ExceptionSpec {
  id: string;
  /** Chinese: why this cancels a match (shown in docs). */
  why: string;
  /** XRegExp source (free-spacing), matched against the normalised text. */
  pattern: string;
  scope: ExceptionScope;
  examples?: string[];
}

export interface PatternSpec {
  /** Check id within the rule, e.g. "check-in"; findings carry `${code}/${id}`. */
  id: string;
  /** Chinese: what this pattern catches. */
  description: string;
  /** Literals (in normalised form: half-width ASCII, lower case) of which at least one
   *  occurs in every text the pattern matches. The prefilter runs a pattern only when
   *  one of them is present, so a missing keyword silently loses recall — the shared
   *  rule tester checks every `match` example against them. */
  keywords: string[];
  /** XRegExp source in free-spacing mode ('x'); may use {{name}} subpatterns from the
   *  lexicon. A named group `trigger` marks the burden itself: negation is looked for
   *  before it. Without one, the whole match is the trigger. */
  pattern: string;
  /** Texts this pattern alone must match (before exceptions) and must not match. */
  examples: { match: string[]; noMatch?: string[] };
  /** A concept-level catch-all (burden word + imposition cue): its finding is kept only
   *  where no specific check of the same rule found the burden, so a finding names the
   *  most specific check that applies. */
  fallback?: boolean;
}

/** Context handed to a rule's optional `accept` hook for programmatic decisions. */
export interface MatchContext {
  /** Normalised text of the whole message. */
  text: string;
  /** Named groups of the match: name -> [start, end, value] in normalised text. */
  groups: Record<string, { start: number; end: number; value: string }>;
  /** The sentence holding the match (normalised). */
  sentence: string;
  settings: RuleSettings;
  /** The day the message was sent (YYYY-MM-DD), when the caller knows it. */
  asOf: string | null;
}

export interface RuleSpec {
  meta: RuleMeta;
  patterns: PatternSpec[];
  /** Rule-specific exceptions, on top of the shared ones in ./context.ts. */
  exceptions?: ExceptionSpec[];
  /** Opt out of shared exceptions by id (e.g. a rule where 取消 before the trigger is
   *  part of the burden: "取消评优资格"). */
  skipSharedExceptions?: string[];
  /** Final say on a match, e.g. R04 checks the approved 一票否决 list. */
  accept?: (ctx: MatchContext) => boolean;
}

export interface CompiledPattern {
  spec: PatternSpec;
  checkId: string;
  regex: RegExp;
  /** capture index -> group name (XRegExp numbers named groups in `.source`). */
  groupNames: (string | null)[];
  triggerIndex: number;
}

export interface CompiledException {
  spec: ExceptionSpec;
  regex: RegExp;
  /** "R06:leisure": what a trace names when this exception drops a match. */
  key: string;
}

export interface Rule {
  meta: RuleMeta;
  patterns: CompiledPattern[];
  exceptions: CompiledException[];
  skipSharedExceptions: ReadonlySet<string>;
  accept?: (ctx: MatchContext) => boolean;
}

export type Subpatterns = Record<string, string>;

/** Compiles XRegExp free-spacing source (with {{name}} subpatterns) to a native RegExp
 *  and the capture-index -> name map. */
const compiledSubpatterns = new Map<string, RegExp>();

export function compilePattern(source: string, subpatterns: Subpatterns, flags = ''): { regex: RegExp; names: (string | null)[] } {
  const subs: Record<string, RegExp> = {};
  for (const [name, src] of Object.entries(subpatterns)) {
    if (!source.includes(`{{${name}}}`)) continue;
    let compiled = compiledSubpatterns.get(src);
    if (!compiled) compiledSubpatterns.set(src, (compiled = XRegExp(src, 'x')));
    subs[name] = compiled;
  }
  const xr = Object.keys(subs).length > 0 ? XRegExp.build(source, subs, `x${flags}`) : XRegExp(source, `x${flags}`);
  const names = ((xr as unknown as { xregexp: { captureNames: (string | null)[] | null } }).xregexp.captureNames ?? []).slice();
  return { regex: new RegExp(xr.source, xr.flags.replace(/[^dgimsuy]/g, '')), names };
}

export function defineRule(spec: RuleSpec, subpatterns: Subpatterns): Rule {
  const patterns = spec.patterns.map((p): CompiledPattern => {
    const { regex, names } = compilePattern(p.pattern, subpatterns, 'g');
    return { spec: p, checkId: `${spec.meta.code}/${p.id}`, regex, groupNames: names, triggerIndex: names.indexOf('trigger') + 1 };
  });
  const exceptions = (spec.exceptions ?? []).map(
    (e): CompiledException => ({ spec: e, regex: compilePattern(e.pattern, subpatterns).regex, key: `${spec.meta.code}:${e.id}` }),
  );
  return {
    meta: spec.meta,
    patterns,
    exceptions,
    skipSharedExceptions: new Set(spec.skipSharedExceptions ?? []),
    ...(spec.accept ? { accept: spec.accept } : {}),
  };
}
