// The shared table tester for message rules, in the manner of ESLint's RuleTester:
// each rule's test file gives `valid` texts (must not be flagged by the rule) and
// `invalid` cases (must be flagged, by the named checks). It also runs each pattern's own
// examples, checks every example carries one of the pattern's prefilter keywords, and
// that the prefiltered engine agrees with the naive one.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../checks/messages/engine.js';
import { normalizeLiteral, normalize } from '../../checks/messages/normalize.js';
import type { Rule } from '../../checks/messages/rule.js';
import type { RuleSettings } from '../../checks/settings.js';

/** The day every table message is taken to be sent: checks that weigh a written year
 *  ("2024年考录") against it give the same answer whenever the tests run. */
export const TABLE_AS_OF = '2026-11-26';

export interface ValidCase {
  text: string;
  settings?: RuleSettings;
  /** Why it is not a breach (documentation for reviewers). */
  note?: string;
}

export interface InvalidCase {
  text: string;
  /** Check ids (without the rule code) expected among the rule's findings. */
  checks: string[];
  settings?: RuleSettings;
  /** A substring of `text` that must lie inside one finding's span. */
  evidence?: string;
  note?: string;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export function runRuleTable(rule: Rule, table: RuleTable): void {
  const code = rule.meta.code;
  const engine = createEngine([rule]);
  const valid = table.valid.map((v) => (typeof v === 'string' ? { text: v } : v));

  describe(`${code} ${rule.meta.title}`, () => {
    it('has no duplicate cases and at least one case each way', () => {
      const texts = [...valid.map((v) => v.text), ...table.invalid.map((c) => c.text)];
      const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
      expect(dupes, 'duplicate test cases').toEqual([]);
      expect(valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      for (const c of table.invalid) expect(c.checks.length, `invalid case without expected checks: ${c.text}`).toBeGreaterThan(0);
    });

    it('has metadata with a quoted clause', () => {
      expect(rule.meta.basis.length).toBeGreaterThan(0);
      for (const b of rule.meta.basis) expect(b.quote.length).toBeGreaterThan(8);
      expect(rule.meta.title).toMatch(/^不得/);
    });

    describe('pattern examples', () => {
      for (const p of rule.patterns) {
        it(`${p.checkId}: examples match, non-examples do not, keywords cover examples`, () => {
          const keywords = p.spec.keywords.map(normalizeLiteral);
          for (const ex of p.spec.examples.match) {
            const text = normalize(ex).text;
            p.regex.lastIndex = 0;
            expect(p.regex.test(text), `${p.checkId} should match: ${ex}`).toBe(true);
            expect(keywords.some((k) => text.includes(k)), `${p.checkId}: no keyword in example: ${ex}`).toBe(true);
          }
          for (const ex of p.spec.examples.noMatch ?? []) {
            p.regex.lastIndex = 0;
            expect(p.regex.test(normalize(ex).text), `${p.checkId} should not match: ${ex}`).toBe(false);
          }
          p.regex.lastIndex = 0;
        });
      }
    });

    describe('valid', () => {
      for (const v of valid) {
        it(v.text.slice(0, 60), () => {
          const opts = { asOf: TABLE_AS_OF, ...(v.settings ? { settings: v.settings } : {}) };
          const findings = engine.scan(v.text, opts);
          expect(findings.map((f) => f.check)).toEqual([]);
          expect(engine.scanNaive(v.text, opts)).toEqual(findings);
        });
      }
    });

    describe('invalid', () => {
      for (const c of table.invalid) {
        it(c.text.slice(0, 60), () => {
          const opts = { asOf: TABLE_AS_OF, ...(c.settings ? { settings: c.settings } : {}) };
          const findings = engine.scan(c.text, opts);
          const checks = findings.map((f) => f.check);
          for (const id of c.checks) expect(checks, `expected ${code}/${id}`).toContain(`${code}/${id}`);
          for (const f of findings) {
            expect(f.rule).toBe(code);
            expect(f.span[0]).toBeLessThan(f.span[1]);
            expect(c.text.slice(f.span[0], f.span[1]).length).toBeGreaterThan(0);
            expect(f.excerpt.length).toBeGreaterThan(0);
          }
          if (c.evidence) {
            const at = c.text.indexOf(c.evidence);
            expect(at, 'evidence must be a substring of the text').toBeGreaterThanOrEqual(0);
            const inside = findings.some((f) => f.span[0] <= at + c.evidence!.length && f.span[1] >= at);
            expect(inside, `a finding should cover 「${c.evidence}」`).toBe(true);
          }
          expect(engine.scanNaive(c.text, opts)).toEqual(findings);
        });
      }
    });
  });
}
