// Necessary literals of a regular expression: a set of strings such that every match of the
// regex contains at least one of them (the "prefilter" of RE2 and Google Code Search). The
// engine reads a message once for the literals of every exception and then skips every
// exception whose literals are absent: most matches are judged by none of them, and an
// absent literal proves the exception cannot fire, whatever slice of the message it is
// tested on (lookarounds and anchors consume nothing, so they only ever narrow a match).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** What a node can match: `exact` lists every string when that set is small (it may hold
 *  ''), `req` is a set of non-empty strings one of which every match contains. Both null:
 *  nothing is known. */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

const MAX_SET = 128;
const MAX_CLASS = 16;
const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

/** Literals one of which every match of `regex` contains, or null when there is no such
 *  small set (then the regex must always be run). */
export function requiredLiterals(regex: RegExp): readonly string[] | null {
  return analysed(regex).whole;
}

/** Several literal sets, every one of which a match must meet (one literal of each): the
 *  set for the whole regex, then the requirements of the parts of a top-level sequence.
 *  Empty when nothing is known. */
export function requiredLiteralSets(regex: RegExp): readonly (readonly string[])[] {
  return analysed(regex).sets;
}

/** Analyses by flags and source: every rule takes the shared relief exceptions, each compiled
 *  to its own RegExp, and each engine (the bench builds two) asks again. */
const analyses = new Map<string, { whole: string[] | null; sets: string[][] }>();

function analysed(regex: RegExp): { whole: string[] | null; sets: string[][] } {
  const key = `${regex.flags}/${regex.source}`;
  let result = analyses.get(key);
  if (!result) {
    result = analyse(regex);
    analyses.set(key, result);
  }
  return result;
}

function analyse(regex: RegExp): { whole: string[] | null; sets: string[][] } {
  if (regex.flags.includes('i')) return { whole: null, sets: [] }; // case folding would need every case variant
  const unicode = regex.flags.includes('u');
  const unicodeSets = regex.flags.includes('v');
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(regex.source, 0, regex.source.length, { unicode, unicodeSets });
  const whole = minimal(asReq(disjunction(pattern.alternatives)));
  const sets: string[][] = whole ? [whole] : [];
  conjuncts(pattern.alternatives, sets);
  return { whole, sets };
}

function asReq(info: Info): string[] | null {
  if (info.exact && !info.exact.includes('')) return info.exact;
  return info.req;
}

/** Drops every literal that contains a shorter one of the set: the shorter one is present
 *  whenever it is. */
function minimal(set: string[] | null): string[] | null {
  if (!set) return null;
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** A better requirement has longer shortest literals (rarer in text), then fewer of them. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function disjunction(alternatives: AST.Alternative[]): Info {
  const infos = alternatives.map((alt) => sequence(alt.elements));
  let exact: string[] | null = [];
  let req: string[] | null = [];
  for (const info of infos) {
    exact = exact && info.exact && exact.length + info.exact.length <= MAX_SET ? exact.concat(info.exact) : null;
    const r = asReq(info);
    req = req && r ? req.concat(r) : null;
  }
  return { exact: exact && [...new Set(exact)], req };
}

function sequence(elements: AST.Element[]): Info {
  let exact: string[] | null = [''];
  let best: string[] | null = null;
  // A run of consecutive exactly-known elements: its product is a requirement on its own.
  let run: string[] = [''];
  const closeRun = () => {
    if (!run.includes('')) best = better(best, run);
    run = [''];
  };
  for (const el of elements) {
    const info = element(el);
    exact = exact && info.exact ? product(exact, info.exact) : null;
    best = better(best, asReq(info));
    if (info.exact) {
      const next = product(run, info.exact);
      if (next) run = next;
      else {
        closeRun();
        run = info.exact;
      }
    } else {
      closeRun();
    }
  }
  closeRun();
  return { exact, req: best };
}

function element(el: AST.Element): Info {
  switch (el.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(el.value)], req: null };
    case 'CharacterClass':
      return characterClass(el);
    case 'CharacterSet':
      return UNKNOWN;
    case 'Assertion':
      return EMPTY; // anchors, \b and lookarounds consume nothing
    case 'Backreference':
      return UNKNOWN;
    case 'Group':
      return el.modifiers ? UNKNOWN : disjunction(el.alternatives);
    case 'CapturingGroup':
      return disjunction(el.alternatives);
    case 'Quantifier': {
      const inner = element(el.element);
      if (el.min === 0) return { exact: el.max === 1 && inner.exact ? ['', ...inner.exact] : null, req: null };
      return { exact: el.max === 1 ? inner.exact : null, req: asReq(inner) };
    }
    default:
      return UNKNOWN;
  }
}

function characterClass(el: AST.CharacterClass): Info {
  if (el.negate || el.unicodeSets) return UNKNOWN;
  const chars: string[] = [];
  for (const item of el.elements) {
    if (item.type === 'Character') chars.push(String.fromCodePoint(item.value));
    else if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < MAX_CLASS) {
      for (let c = item.min.value; c <= item.max.value; c++) chars.push(String.fromCodePoint(c));
    } else return UNKNOWN;
    if (chars.length > MAX_CLASS) return UNKNOWN;
  }
  return { exact: [...new Set(chars)], req: null };
}

function conjuncts(alternatives: AST.Alternative[], sets: string[][]): void {
  if (alternatives.length !== 1) return;
  for (const el of alternatives[0]!.elements) {
    let node: AST.Element = el;
    while (node.type === 'Quantifier' && node.min >= 1) node = node.element;
    if (node.type === 'Quantifier') continue;
    const req = minimal(asReq(element(node)));
    if (req) sets.push(req);
    if ((node.type === 'Group' && !node.modifiers) || node.type === 'CapturingGroup') conjuncts(node.alternatives, sets);
  }
}

