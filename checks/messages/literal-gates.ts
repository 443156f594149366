// Literal gates: sets of literals, each one of which some regex needs (./required-literals.ts),
// read for all at once in one pass over a normalised message. A pattern whose needed sets are
// not all present, or an exception whose set is absent, cannot match and is not run.
import { buildKeywordAutomaton, type KeywordAutomaton } from './keyword-automaton.js';
import { normalizeLiteral } from './normalize.js';

/** Literals are cut to their first characters: a literal present means its prefix is, and
 *  prefixes keep the automaton small (whole literals made a 14 MB table, three characters
 *  make 7 MB, with no measurable loss of speed). */
const MAX_LITERAL = 3;

export class LiteralGates {
  private readonly sets: string[][] = [];
  private readonly ids = new Map<string, number>();
  private automaton: KeywordAutomaton | null = null;
  private present = new Uint8Array(0);
  private dirty = false;

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
    this.present = new Uint8Array(this.sets.length);
  }

  /** Reads `text` (normalised) and opens the gate of every set with a literal in it. */
  open(text: string): void {
    this.close();
    if (!this.enabled) return;
    this.automaton!.mark(text, this.present);
    this.dirty = true;
  }

  close(): void {
    if (this.dirty) this.present.fill(0);
    this.dirty = false;
  }

  isOpen(id: number): boolean {
    return id < 0 || !this.enabled || this.present[id] === 1;
  }

  allOpen(ids: Int32Array): boolean {
    if (!this.enabled) return true;
    for (let i = 0; i < ids.length; i++) if (this.present[ids[i]!] === 0) return false;
    return true;
  }
}
