// A one-pass keyword prefilter: an Aho–Corasick automaton compiled to a dense DFA over the
// alphabet of keyword characters. It reads the ORIGINAL text through the fold table of
// ./normalize.ts, so a message with no keyword is rejected without being normalised; most
// work-chat traffic is ordinary chatter and costs one table walk.
import { DROP, FOLD } from './normalize.js';

export interface KeywordAutomaton {
  /** Returns the ids of the keyword sets (patterns) that have a keyword in `text`;
   *  an empty array when none. */
  candidates(text: string): number[];
  /** Sets `present[id] = stamp` for every keyword set with a keyword in `text` (no list, no
   *  dedupe: for callers that only ask "is set id present?"; a new stamp per text spares
   *  clearing the array). */
  mark(text: string, present: Int32Array, stamp: number): void;
}

/** `keywordSets[i]` is the list of (already normalised) keywords of pattern i. */
export function buildKeywordAutomaton(keywordSets: readonly (readonly string[])[]): KeywordAutomaton {
  // Alphabet: every code unit used by some keyword gets a column; the rest share column 0,
  // which always leads back to the root because no keyword contains them.
  const column = new Uint16Array(0x10000);
  let width = 1;
  for (const set of keywordSets) {
    for (const kw of set) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (column[c] === 0) column[c] = width++;
      }
    }
  }

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outputs: Set<number>[] = [new Set()];
  keywordSets.forEach((set, id) => {
    for (const kw of set) {
      if (kw.length === 0) throw new Error(`empty keyword in keyword set ${id}`);
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const col = column[kw.charCodeAt(i)]!;
        let next = children[s]!.get(col);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outputs.push(new Set());
          children[s]!.set(col, next);
        }
        s = next;
      }
      outputs[s]!.add(id);
    }
  });

  // Breadth-first failure links, folded into a dense transition table (the DFA).
  const states = children.length;
  const delta = states < 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let col = 0; col < width; col++) {
    const next = children[0]!.get(col);
    if (next !== undefined) {
      delta[col] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    for (const o of outputs[fail[s]!]!) outputs[s]!.add(o);
    for (let col = 0; col < width; col++) {
      const next = children[s]!.get(col);
      const viaFail = delta[fail[s]! * width + col]!;
      if (next !== undefined) {
        fail[next] = viaFail;
        delta[s * width + col] = next;
        queue.push(next);
      } else {
        delta[s * width + col] = viaFail;
      }
    }
  }

  // One lookup per character on the hot path: fold and column merged into one table,
  // with DROPPED for characters the normaliser removes.
  const DROPPED = 0xffff;
  const columnOf = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = c === 0x0d ? 0x0a : FOLD[c]!;
    columnOf[c] = f === DROP ? DROPPED : column[f]!;
  }

  // Outputs of all states in one typed array (state s owns outFlat[outStart[s] .. outStart[s+1]]):
  // one list object per state scattered over the heap made marking a third slower.
  // `hasOutput` lets the hot loop skip most states.
  const hasOutput = new Uint8Array(states);
  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  outputs.forEach((set, s) => {
    outStart[s] = flat.length;
    if (set.size > 0) hasOutput[s] = 1;
    flat.push(...set);
  });
  outStart[states] = flat.length;
  const outFlat = Int32Array.from(flat);

  const seen = new Uint8Array(keywordSets.length);

  return {
    candidates(text: string): number[] {
      let s = 0;
      let found: number[] | null = null;
      for (let i = 0; i < text.length; i++) {
        const col = columnOf[text.charCodeAt(i)]!;
        if (col === 0) {
          // Not in any keyword: every state goes back to the root.
          s = 0;
          continue;
        }
        if (col === DROPPED) continue; // dropped characters do not break a keyword ("打 卡")
        s = delta[s * width + col]!;
        if (hasOutput[s] === 1) {
          for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++) {
            const id = outFlat[k]!;
            if (seen[id] === 0) {
              seen[id] = 1;
              (found ??= []).push(id);
            }
          }
        }
      }
      if (found === null) return [];
      for (const id of found) seen[id] = 0;
      return found;
    },

    mark(text: string, present: Int32Array, stamp: number): void {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const col = columnOf[text.charCodeAt(i)]!;
        if (col === 0) {
          s = 0;
          continue;
        }
        if (col === DROPPED) continue;
        s = delta[s * width + col]!;
        if (hasOutput[s] === 1) for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++) present[outFlat[k]!] = stamp;
      }
    },
  };
}
