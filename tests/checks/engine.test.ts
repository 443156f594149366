import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, getEngine, RULES } from '../../checks/messages/index.js';

function corpusTexts(): string[] {
  const files = ['../shared/corpus/messages.jsonl', ...readdirSync('tests/fixtures').filter((f) => f.startsWith('messages-extra')).map((f) => `tests/fixtures/${f}`)];
  return files
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
}

describe('message engine', () => {
  const engine = getEngine();

  it('loses nothing to the prefilter: prefiltered and naive scans agree on every corpus message', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(engine.scan(t), t).toEqual(engine.scanNaive(t));
  });

  it('loses nothing to the literal gates: the same findings, and the same dropped matches for the same reasons', () => {
    const ungated = createEngine(RULES, { literalGates: false });
    for (const t of corpusTexts()) {
      const traces: string[][] = [[], []];
      const gated = engine.scan(t, { trace: (ev) => traces[0]!.push(JSON.stringify(ev)) });
      expect(gated, t).toEqual(ungated.scan(t, { trace: (ev) => traces[1]!.push(JSON.stringify(ev)) }));
      expect(traces[0], t).toEqual(traces[1]);
    }
  });

  it('prefilter() counts the patterns scan runs: none for a message with no finding to make, one or more for every finding', () => {
    const patterns = engine.rules.reduce((n, r) => n + r.patterns.length, 0);
    let passed = 0;
    for (const t of corpusTexts()) {
      const n = engine.prefilter(t);
      expect(n).toBeLessThanOrEqual(patterns);
      if (n === 0) expect(engine.scan(t), t).toEqual([]);
      else passed++;
      const rulesFound = new Set(engine.scan(t).map((f) => f.rule)).size;
      expect(n, t).toBeGreaterThanOrEqual(rulesFound);
    }
    expect(passed).toBeGreaterThan(100);
    expect(engine.prefilter('好的，收到')).toBe(0);
    // 再 is a keyword of a refiling check, but nothing here is filed again: its gates stay shut.
    expect(engine.prefilter('这个文件的附件好像没传上来，麻烦再发一下')).toBe(0);
    expect(engine.prefilter('请各村每天在群里打卡')).toBeGreaterThan(0);
  });

  it('returns spans that index the original text, with the evidence inside the excerpt', () => {
    for (const t of corpusTexts()) {
      for (const f of engine.scan(t)) {
        expect(f.span[0]).toBeGreaterThanOrEqual(0);
        expect(f.span[1]).toBeLessThanOrEqual(t.length);
        expect(f.span[0]).toBeLessThan(f.span[1]);
        const evidence = t.slice(f.span[0], f.span[1]).trim();
        expect(f.excerpt.replace(/…/g, '')).toContain(evidence.slice(0, 20));
        expect(f.basis.length).toBeGreaterThan(0);
        expect(f.check.startsWith(`${f.rule}/`)).toBe(true);
      }
    }
  });

  it('scans a 1 MB message and adversarial inputs without error', () => {
    const chunk = '各乡镇每天在群里打卡签到，截图发群里，一票否决，借调一年，签订责任状，成立工作站并挂牌。';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const findings = engine.scan(big);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.span[1]).toBeLessThanOrEqual(big.length);
    const adversarial = [
      '每'.repeat(100_000),
      '打'.repeat(50_000) + '卡',
      '各乡镇'.repeat(30_000),
      '，'.repeat(100_000),
      '一票'.repeat(40_000),
      '每天每天每天'.repeat(20_000) + '打卡',
      '\n'.repeat(50_000),
      '👍'.repeat(50_000),
      '\u0000\uFFFF\uD800'.repeat(10_000),
      '请各乡镇' + '在群里'.repeat(20_000) + '打卡',
    ];
    for (const a of adversarial) expect(Array.isArray(engine.scan(a))).toBe(true);
  });

  it('lists rules in code order, with unique codes and slugs', () => {
    const codes = RULES.map((r) => r.meta.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(RULES.map((r) => r.meta.slug)).size).toBe(RULES.length);
  });
});
