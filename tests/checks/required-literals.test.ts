import { describe, expect, it } from 'vitest';
import { requiredLiterals, requiredLiteralSets } from '../../checks/messages/required-literals.js';
import { RULES } from '../../checks/messages/index.js';
import { SHARED_EXCEPTIONS } from '../../checks/messages/context.js';

const sorted = (xs: readonly string[] | null) => xs && [...xs].sort();

describe('required literals', () => {
  it('takes literals from alternations, optional parts and small classes', () => {
    expect(sorted(requiredLiterals(/打个?卡|截(?:图|屏)/))).toEqual(['打卡', '打个卡', '截图', '截屏'].sort());
    expect(sorted(requiredLiterals(/[周月]考核/))).toEqual(['周考核', '月考核']);
    expect(sorted(requiredLiterals(/每(?:天|日)[^,]{0,6}报送/))).toEqual(['报送']);
  });

  it('asks nothing of lookarounds and anchors, which consume no text', () => {
    expect(requiredLiterals(/(?<!不)[^,]{0,3}要求$/)).toEqual(['要求']);
    expect(requiredLiterals(/(?=签订)责任/)).toEqual(['责任']);
  });

  it('gives up where any text could match: optional-only, open classes, case folding', () => {
    expect(requiredLiterals(/a*b?/)).toBeNull();
    expect(requiredLiterals(/[^,]{1,4}/)).toBeNull();
    expect(requiredLiterals(/打卡/i)).toBeNull();
    expect(requiredLiterals(/\d+/)).toBeNull();
  });

  it('lists one set per required part of a sequence', () => {
    const sets = requiredLiteralSets(/(?:每天|每周)[^,]{0,8}(?:排名|通报)/).map((s) => [...s].sort());
    expect(sets).toContainEqual(['每周', '每天']);
    expect(sets).toContainEqual(['排名', '通报']);
    expect(requiredLiteralSets(/a?|b/)).toEqual([]);
  });

  // The property the engine relies on: a regex can only match a text that holds one literal
  // of each of its sets. Checked on every pattern's and exception's own examples.
  it('never asks for a literal that a matching example lacks', () => {
    const cases: { regex: RegExp; texts: string[] }[] = [];
    for (const rule of RULES) {
      for (const p of rule.patterns) cases.push({ regex: p.regex, texts: p.spec.examples.match });
      for (const e of rule.exceptions) cases.push({ regex: e.regex, texts: e.spec.examples ?? [] });
    }
    for (const e of SHARED_EXCEPTIONS) if (e.regex) cases.push({ regex: e.regex, texts: ['不再要求打卡', '整治形式主义问题', '自愿参加', '引以为戒', '十不得'] });
    let checked = 0;
    for (const { regex, texts } of cases) {
      const sets = requiredLiteralSets(regex);
      const plain = new RegExp(regex.source, regex.flags.replace('g', ''));
      for (const text of texts) {
        const m = plain.exec(text.toLowerCase());
        if (!m) continue;
        checked++;
        for (const set of sets) expect(set.some((l) => m[0].includes(l)), `${regex.source.slice(0, 60)} on ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
