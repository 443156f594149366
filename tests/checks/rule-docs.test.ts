// Like ESLint's build check: every rule has its doc page, and the explicit index, the rule
// folder and the docs folder agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../checks/messages/index.js';
import { RULE_CODES } from '../../checks/types.js';

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

  it('has no doc page for a rule that does not exist', () => {
    const pages = existsSync('docs/rules') ? readdirSync('docs/rules').filter((f) => /^R\d\d\.md$/.test(f)) : [];
    expect(pages.map((p) => p.slice(0, 3)).sort()).toEqual(RULES.map((r) => r.meta.code));
  });
});
