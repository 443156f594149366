// Literal gates: sets of literals, each one of which some regex needs (./required-literals.ts).
// A pattern whose needed sets are not all present, or an exception whose set is absent,
// cannot match and is not run.
//
// A gate is answered lazily, once per message: a small set by looking for its few literals
// in the text, and the first large one by reading the message once through an automaton of
// all literals, which answers every other gate too. Most messages that reach the engine only
// ask about a pattern's few small sets (再…报) and are settled without the automaton pass;
// a message with a match to judge asks about a dozen exceptions and pays for one pass.
import { buildKeywordAutomaton, type KeywordAutomaton } from './keyword-automaton.js';
import { normalizeLiteral } from './normalize.js';

/** Literals are cut to their first characters: a literal present means its prefix is, and
 *  prefixes keep the automaton small (whole literals made a 14 MB table, three characters
 *  make 7 MB, with no measurable loss of speed). */
const MAX_LITERAL = 3;

/** Up to this many literals a set is looked up with `includes`; beyond, the automaton pass
 *  (about the cost of a dozen lookups on a work-chat message) answers it. */
const SMALL_SET = 6;

/** Beyond this length a message is always read by the automaton: `includes` rescans it. */
const SHORT_TEXT = 256;

export class LiteralGates {
  private readonly sets: string[][] = [];
  private readonly ids = new Map<string, number>();
  private automaton: KeywordAutomaton | null = null;
  /** After the automaton pass: `present[id] === epoch` when set id is present. */
  private present = new Int32Array(0);
  /** Answers found by lookup: `answer[id]` is valid when `answeredIn[id] === epoch`. */
  private answer = new Uint8Array(0);
  private answeredIn = new Int32Array(0);
  private epoch = 0;
  private text = '';
  private marked = false;

  /** `enabled: false` opens every gate: the reference the gated engine is tested against. */
  constructor(private readonly enabled = true) {}

  /** Registers a literal set; returns its gate id, or -1 when the set constrains nothing
   *  (null, empty, or a literal that normalises away). */
  add(literals: readonly string[] | null): number {
    if (!literals || literals.length === 0) return -1;
    const normalized = [...new Set(literals.map((l) => normalizeLiteral(l).slice(0, MAX_LITERAL)))].sort();
    if (normalized.some((l) => l.length === 0)) return -1;
    const key = normalized.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.automaton) throw new Error('LiteralGates: add() after compile()');
      id = this.sets.length;
      this.sets.push(normalized);
      this.ids.set(key, id);
    }
    return id;
  }

  compile(): void {
    this.automaton = buildKeywordAutomaton(this.enabled ? this.sets : []);
    this.present = new Int32Array(this.sets.length);
    this.answer = new Uint8Array(this.sets.length);
    this.answeredIn = new Int32Array(this.sets.length);
  }

  /** Starts a message (normalised text); its gates are answered when asked. */
  open(text: string): void {
    this.marked = false;
    this.text = text;
    if (++this.epoch === 0x7fffffff) {
      this.answeredIn.fill(0);
      this.present.fill(0);
      this.epoch = 1;
    }
    if (this.enabled && text.length > SHORT_TEXT) this.mark();
  }

  isOpen(id: number): boolean {
    if (id < 0 || !this.enabled) return true;
    if (this.marked) return this.present[id] === this.epoch;
    if (this.answeredIn[id] === this.epoch) return this.answer[id] === 1;
    const set = this.sets[id]!;
    if (set.length > SMALL_SET) {
      this.mark();
      return this.present[id] === this.epoch;
    }
    let yes = 0;
    for (let i = 0; i < set.length; i++) {
      if (this.text.includes(set[i]!)) {
        yes = 1;
        break;
      }
    }
    this.answer[id] = yes;
    this.answeredIn[id] = this.epoch;
    return yes === 1;
  }

  allOpen(ids: Int32Array): boolean {
    if (!this.enabled) return true;
    for (let i = 0; i < ids.length; i++) if (!this.isOpen(ids[i]!)) return false;
    return true;
  }

  private mark(): void {
    this.automaton!.mark(this.text, this.present, this.epoch);
    this.marked = true;
  }
}
