// Every compiled message pattern and exception is analysed by recheck, a ReDoS checker:
// a pattern that can backtrack catastrophically would let one crafted message stall the bot.
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { RULES } from '../../checks/messages/index.js';
import { SHARED_EXCEPTIONS } from '../../checks/messages/context.js';

const regexes: { id: string; regex: RegExp }[] = [
  ...RULES.flatMap((r) => r.patterns.map((p) => ({ id: p.checkId, regex: p.regex }))),
  ...RULES.flatMap((r) => r.exceptions.map((e) => ({ id: `${r.meta.code}:${e.spec.id}`, regex: e.regex }))),
  ...SHARED_EXCEPTIONS.filter((e) => e.regex).map((e) => ({ id: `shared:${e.id}`, regex: e.regex! })),
];

describe('ReDoS analysis (recheck)', () => {
  for (const { id, regex } of regexes) {
    it(`${id} cannot backtrack catastrophically`, { timeout: 300_000 }, () => {
      // The analysis has a time budget; on a loaded machine it can run out ('unknown'),
      // which says nothing about the pattern, so it is given a generous one.
      const result = checkSync(regex.source, regex.flags.replace('g', ''), { timeout: 120_000 });
      // The proof must come from recheck's exact automaton analysis, not a lucky fuzzing run:
      // bounded repeats are kept small enough (about 30 in all per pattern) for it.
      expect(`${result.status}/${result.checker}`, `${id}: ${JSON.stringify(result.status === 'vulnerable' ? result.attack : result)}`).toBe('safe/automaton');
    });
  }
});
