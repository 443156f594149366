// Labelled register sets: the development corpus (when the shared folder is there) and our
// own sets in other counties' styles (Inner Mongolia 旗/苏木/嘎查, Yunnan 乡/州, a city
// district's 街道). Each is audited and must match its expected findings exactly.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRecords } from '../../checks/records/audit-records.js';

const FIXTURES = path.resolve('tests/fixtures/registers');
const CORPUS = path.resolve(process.cwd(), '../shared/corpus/records.json');

const sets = [
  ...(existsSync(CORPUS) ? [['shared corpus', CORPUS] as const] : []),
  ['内蒙古 旗/苏木', path.join(FIXTURES, 'records-neimenggu.json')] as const,
  ['云南 乡/州', path.join(FIXTURES, 'records-yunnan.json')] as const,
  ['city 街道', path.join(FIXTURES, 'records-city.json')] as const,
];

describe.each(sets)('%s', (_name, file) => {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { asOf: string; expected: { check: string; ref: string }[]; expectedErrors?: string[] };
  const result = auditRecords(doc, { today: '2000-01-01' });

  it('finds exactly the expected (check, ref) pairs', () => {
    const got = result.findings.map((f) => `${f.check} ${f.ref}`).sort();
    const want = doc.expected.map((e) => `${e.check} ${e.ref}`).sort();
    expect(got).toEqual(want);
  });

  it('reports exactly the expected malformed records', () => {
    expect(result.errors.map((e) => e.ref).sort()).toEqual([...(doc.expectedErrors ?? [])].sort());
  });

  it('writes a Chinese message naming the record for every finding', () => {
    for (const f of result.findings) {
      expect(f.message).toMatch(/\p{Script=Han}{6}/u);
      expect(f.basis.length).toBeGreaterThan(0);
    }
  });
});

describe('message wording', () => {
  it('says what and why, with numbers', () => {
    if (!existsSync(CORPUS)) return;
    const result = auditRecords(JSON.parse(readFileSync(CORPUS, 'utf8')), { today: '2000-01-01' });
    const byKey = new Map(result.findings.map((f) => [`${f.check} ${f.ref}`, f.message]));
    expect(byKey.get('secondment-overdue S-01')).toBe('张伟（丹水镇）借调至县发改委，已于2026-07-31到期仍未返回，超期115天');
    expect(byKey.get('secondment-overdue S-07')).toContain('共151天，超过最长90天');
    expect(byKey.get('secondment-quota S-09')).toContain('杨帆（S-07）、周强（S-08）');
    expect(byKey.get('inspection-duplicate I-06')).toContain('市生态环境局');
  });
});
