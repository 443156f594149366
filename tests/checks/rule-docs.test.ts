// Like ESLint's build check: every rule has its doc page, and the explicit index, the rule
// folder and the docs folder agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../checks/messages/index.js';
import { RULE_CODES } from '../../checks/types.js';
import { scanMessage } from '../../checks/messages/index.js';
import { TABLE_AS_OF } from '../support/rule-tester.js';

/** The numbered examples under a heading of a doc page, without the trailing （note）. */
function examples(page: string, heading: string): string[] {
  const from = page.indexOf(`## ${heading}`);
  if (from < 0) return [];
  const next = page.indexOf('\n## ', from + 3);
  return page
    .slice(from, next < 0 ? undefined : next)
    .split('\n')
    .filter((l) => /^\d+\. /.test(l))
    .map((l) => l.replace(/^\d+\. /, '').replace(/（[^（）]*）$/, '').trim());
}

describe('rule index, folder and docs', () => {
  it('indexes all ten rules R01–R10', () => {
    expect(RULES.map((r) => r.meta.code)).toEqual([...RULE_CODES]);
  });

  it('has exactly one module per indexed rule in checks/messages/rules', () => {
    const files = readdirSync('checks/messages/rules').filter((f) => f.endsWith('.ts'));
    expect(files.map((f) => f.slice(0, 3)).sort()).toEqual(RULES.map((r) => r.meta.code));
    for (const r of RULES) expect(files).toContain(`${r.meta.code}-${r.meta.slug}.ts`);
  });

  for (const rule of RULES) {
    it(`${rule.meta.code}'s doc page names every check a finding can carry`, () => {
      // A finding cites its check id; the inspector who looks it up must find it on the page.
      const text = readFileSync(`docs/rules/${rule.meta.code}.md`, 'utf8');
      const missing = rule.patterns.map((p) => p.checkId).filter((id) => !text.includes(id));
      expect(missing).toEqual([]);
    });

    it(`${rule.meta.code} has a Chinese doc page quoting its clause`, () => {
      const page = `docs/rules/${rule.meta.code}.md`;
      expect(existsSync(page), `missing ${page}`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text).toContain(rule.meta.code);
      expect(text).toContain(rule.meta.title);
      const main = rule.meta.basis[0]!;
      // The page quotes the main clause (allowing for punctuation differences).
      const core = main.quote.replace(/[，。、“”"：:；;（）()\s]/g, '').slice(0, 16);
      expect(text.replace(/[，。、“”"：:；;（）()\s]/g, '')).toContain(core);
    });
  }

  // The page an inspector or a cadre reads when the bot cites a rule must not promise what
  // the engine does not do.
  for (const rule of RULES) {
    it(`${rule.meta.code} doc page examples agree with the engine`, () => {
      const page = readFileSync(`docs/rules/${rule.meta.code}.md`, 'utf8');
      const flag = examples(page, '应标记的例子');
      const clean = examples(page, '不应标记的例子');
      expect(flag.length).toBeGreaterThanOrEqual(5);
      expect(clean.length).toBeGreaterThanOrEqual(5);
      const fires = (t: string) => scanMessage(t, undefined, TABLE_AS_OF).some((f) => f.rule === rule.meta.code);
      expect(flag.filter((t) => !fires(t)), 'should be flagged').toEqual([]);
      expect(clean.filter(fires), 'should not be flagged').toEqual([]);
    });
  }

  it('has no doc page for a rule that does not exist', () => {
    const pages = existsSync('docs/rules') ? readdirSync('docs/rules').filter((f) => /^R\d\d\.md$/.test(f)) : [];
    expect(pages.map((p) => p.slice(0, 3)).sort()).toEqual(RULES.map((r) => r.meta.code));
  });
});
