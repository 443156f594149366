// Every quoted clause must be word for word in the policy text it names. The policy texts
// live beside the repository (../shared/policy); on a checkout without them the quotes are
// still checked for shape.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIS } from '../../checks/records/basis.js';
import { RECORD_CHECKS } from '../../checks/records/index.js';

const POLICY_DIR = path.resolve(process.cwd(), '../shared/policy');
const havePolicies = existsSync(POLICY_DIR);

function policyText(source: string): string {
  const file = readdirSync(POLICY_DIR).find((f) => f.startsWith(`${source}_`));
  if (!file) throw new Error(`no policy file for ${source}`);
  return readFileSync(path.join(POLICY_DIR, file), 'utf8');
}

describe('record check bases', () => {
  it.each(Object.entries(BASIS))('%s names a document, a section and a quote', (_name, basis) => {
    expect(basis.document).toMatch(/《.+》/u);
    expect(basis.section.length).toBeGreaterThan(0);
    expect(basis.quote.length).toBeGreaterThan(10);
  });

  it.skipIf(!havePolicies).each(Object.entries(BASIS))('%s is quoted verbatim from its policy file', (_name, basis) => {
    expect(policyText(basis.source)).toContain(basis.quote);
  });

  it('every check cites at least one clause of the policies', () => {
    for (const check of RECORD_CHECKS) expect(check.meta.basis.some((b) => ['000', '003', '004'].includes(b.source))).toBe(true);
  });
});
