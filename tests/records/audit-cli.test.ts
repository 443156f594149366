// `jianfu audit` end to end, through the real entry point (node bin/jianfu.js), as
// ../shared/tools/score.py runs it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jianfu-audit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function jianfu(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jianfu.js'), ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function write(name: string, doc: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/registers/records-neimenggu.json'), 'utf8')) as Record<string, unknown> & {
  expected: { check: string; ref: string }[];
};

describe('jianfu audit', { timeout: 120_000 }, () => {
  it('writes one JSON line per finding with the contract fields, and error lines for malformed records (exit 1)', async () => {
    const { expected, ...doc } = fixture;
    const r = await jianfu(['audit', write('nm.json', doc)]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const findings = lines.filter((l) => 'check' in l);
    const errors = lines.filter((l) => 'error' in l);
    for (const f of findings) expect(Object.keys(f)).toEqual(['check', 'rule', 'ref', 'message', 'basis']);
    for (const e of errors) expect(Object.keys(e)).toEqual(['ref', 'error']);
    expect(errors.map((e) => e.ref)).toEqual(['NM-S-11']);
    expect(findings.map((f) => `${f.check} ${f.ref}`).sort()).toEqual(expected.map((e) => `${e.check} ${e.ref}`).sort());
    const overdue = findings.find((f) => f.ref === 'NM-S-01')!;
    expect(overdue.rule).toBe('R10');
    expect(overdue.message).toBe('其其格（宝日希勒苏木）借调至旗委宣传部，已于2026-11-30到期仍未返回，超期10天');
    expect((overdue.basis as { quote: string }[])[0]!.quote).toContain('借调期满的返回乡镇工作');
    expect(findings.find((f) => f.check === 'secondment-due-soon')!.rule).toBeNull();
  });

  it('--as-of overrides the file, which overrides today; stdin with "-"; exit 0 when all records are well-formed', async () => {
    const doc = {
      asOf: '2026-11-23',
      settings: { secondment: { alertDays: 14 } },
      secondments: [{ id: 'X', person: '甲', township: '丹水镇', hireDate: '2010-01-01', borrowingUnit: '县委办', start: '2026-11-01', end: '2026-12-01', returnedOn: null, approvalRef: '批' }],
    };
    const fromFile = await jianfu(['audit', '-'], JSON.stringify(doc));
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('"secondment-due-soon"');
    const overridden = await jianfu(['audit', write('x.json', doc), '--as-of', '2026-12-02']);
    expect(overridden.code).toBe(0);
    const checks = overridden.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { check: string }).check);
    expect(checks).toEqual(['secondment-overdue']);
    const clean = await jianfu(['audit', write('clean.json', { ...doc, asOf: '2026-11-02' })]);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
  });

  it('explains in Chinese what is wrong with the command or the file (exit 2)', async () => {
    const badDate = await jianfu(['audit', write('y.json', {}), '--as-of', '2026-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of 的日期有误');
    const notJson = await jianfu(['audit', write('bad.json', '{"asOf": "2026-11-23",')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('不是有效的 JSON');
    const missing = await jianfu(['audit', path.join(tmp, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    const badSettings = await jianfu(['audit', write('s.json', { settings: { secondment: { maxDays: -1 } } })]);
    expect(badSettings.code).toBe(2);
    expect(badSettings.stderr).toContain('settings.secondment.maxDays');
  });
});
