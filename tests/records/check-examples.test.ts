// The shared table tester for record checks, in the manner of ESLint's RuleTester: every
// check module carries examples (records it must flag and records it must leave alone);
// this runs them all, through the same validation as `jianfu audit`.
import { describe, expect, it } from 'vitest';
import { RECORD_CHECKS } from '../../checks/records/index.js';
import { resolveRuleSettings } from '../../checks/records/resolve-settings.js';
import { validateRecordSet } from '../../checks/records/validate-records.js';
import { RECORD_CHECK_IDS } from '../../checks/types.js';

describe('record check registry', () => {
  it('lists every check id of checks/types.ts once, in order', () => {
    expect(RECORD_CHECKS.map((c) => c.meta.id)).toEqual([...RECORD_CHECK_IDS]);
  });

  it.each(RECORD_CHECKS.map((c) => [c.meta.id, c] as const))('%s has metadata, a basis and examples that both flag and pass', (_id, check) => {
    expect(check.meta.title).toMatch(/\p{Script=Han}/u);
    expect(check.meta.description).toMatch(/\p{Script=Han}/u);
    expect(check.meta.basis.length).toBeGreaterThan(0);
    expect(check.meta.rule === null).toBe(check.meta.id === 'secondment-due-soon');
    const names = check.examples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const flagged = check.examples.flatMap((e) => e.flagged);
    const all = check.examples.flatMap((e) => Object.values(e.records).flatMap((list) => (list ?? []).map((r) => String(r.id))));
    expect(flagged.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(flagged.length);
  });
});

for (const check of RECORD_CHECKS) {
  describe(check.meta.id, () => {
    it.each(check.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
      const { records, errors } = validateRecordSet(example.records);
      expect(errors).toEqual([]);
      const settings = resolveRuleSettings(example.settings ?? {});
      const findings = check.run({ records, settings, asOf: example.asOf });
      expect(findings.map((f) => f.ref).sort()).toEqual([...example.flagged].sort());
      for (const f of findings) {
        expect(f.check).toBe(check.meta.id);
        expect(f.rule).toBe(check.meta.rule);
        expect(f.basis).toEqual(check.meta.basis);
        expect(f.message).toMatch(/\p{Script=Han}{4}/u);
      }
      // One finding per record and check.
      expect(new Set(findings.map((f) => f.ref)).size).toBe(findings.length);
    });
  });
}
