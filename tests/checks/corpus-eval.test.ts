// Quality gates on the labelled development set, and agreement with the shared scorer.
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../checks/messages/index.js';
import { evaluate, type LabelledMessage } from '../../checks/messages/evaluate.js';

const load = (f: string): LabelledMessage[] =>
  readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledMessage);
const predict = (t: string) => [...new Set(scanMessage(t).map((f) => f.rule))];

describe('development corpus', () => {
  const corpus = load('../shared/corpus/messages.jsonl');
  const result = evaluate(corpus, predict);

  it('reaches micro F1 >= 0.9', () => {
    expect(result.micro.f1, JSON.stringify(result.wrong.slice(0, 10))).toBeGreaterThanOrEqual(0.9);
  });

  for (const code of ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10']) {
    it(`${code} recall >= 0.85`, () => {
      const r = result.perRule.find((x) => x.code === code);
      expect(r, `${code} never predicted nor labelled`).toBeDefined();
      expect(r!.recall).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('agrees with ../shared/tools/score.py', () => {
    const py = spawnSync('python3', ['../shared/tools/score.py', 'messages', '../shared/corpus/messages.jsonl'], { encoding: 'utf8', timeout: 120_000 });
    expect(py.status, py.stderr).toBe(0);
    const line = py.stdout.split('\n').find((l) => l.startsWith('micro'))!;
    const m = result.micro;
    expect(line).toContain(`tp=${m.tp} fp=${m.fp} fn=${m.fn}`);
  });
});

describe('extra cases in other regions’ styles (tests/fixtures/messages-extra-*.jsonl)', () => {
  const files = readdirSync('tests/fixtures').filter((f) => /^messages-extra-.*\.jsonl$/.test(f));
  it('reaches micro F1 >= 0.85 on the held-out-style extra cases', () => {
    const items = files.flatMap((f) => load(`tests/fixtures/${f}`));
    expect(items.length).toBeGreaterThan(0);
    const r = evaluate(items, predict);
    expect(r.micro.f1, JSON.stringify(r.wrong.slice(0, 10))).toBeGreaterThanOrEqual(0.85);
  });
});
