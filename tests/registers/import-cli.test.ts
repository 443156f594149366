// `jianfu import` end to end through bin/jianfu.js on the embedded database (PGlite in a
// temporary data directory, seeded from the migrated template to save start-up time).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePgliteTemplate } from '../support/db.js';
import { streetSecondmentsWorkbook } from './support/street-workbook.js';

const ROOT = process.cwd();
const FIX = path.resolve('tests/fixtures/registers');
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-import-cli-'));
  cpSync(await ensurePgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function jianfu(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, JIANFU_DATA_DIR: dataDir, TZ: 'UTC' };
  delete env.DATABASE_URL;
  delete env.JIANFU_CONFIG;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jianfu.js'), ...args], { cwd: dataDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

// Each run opens PGlite in a fresh process (~2–10 s on a busy 2-core machine): generous timeouts.
describe('jianfu import', { timeout: 180_000 }, () => {
  it('imports a CSV, prints what the checks find, and a re-import changes nothing', async () => {
    const file = path.join(FIX, 'secondments-xixia.csv');
    const first = await jianfu(['import', 'secondments', file, '--by', '组织部王科长', '--as-of', '2026-11-23']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('新增 9 条，更新 0 条，未变 0 条');
    expect(first.stdout).toContain('[R10] S-01：张伟（丹水镇）借调至县发改委，已于2026-07-31到期仍未返回，超期115天');
    expect(first.stdout).toContain('[提醒] S-08：');
    const again = await jianfu(['import', '借调', file, '--as-of', '2026-11-23']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0 条，更新 0 条，未变 9 条');
  });

  it('refuses a broken file with row numbers (exit 1) and imports nothing; XLSX too', async () => {
    const broken = await jianfu(['import', 'secondments', path.join(FIX, 'secondments-broken.csv')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('有 4 处问题，未导入任何记录');
    expect(broken.stderr).toContain('第3行：「开始日期」「2026-13-01」不是真实存在的日期');
    const xlsx = path.join(dataDir, 'broken.xlsx');
    writeFileSync(xlsx, await streetSecondmentsWorkbook({ broken: true }));
    const badXlsx = await jianfu(['import', 'secondments', xlsx]);
    expect(badXlsx.code).toBe(1);
    expect(badXlsx.stderr).toContain('工作表「2026年借调台账」第9行：「借调单位」不能为空');
    // The good XLSX imports alongside the earlier CSV; the broken files left no trace.
    const good = path.join(dataDir, 'good.xlsx');
    writeFileSync(good, await streetSecondmentsWorkbook());
    const ok = await jianfu(['import', 'secondments', good, '--as-of', '2026-09-15']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('新增 4 条');
  });

  it('says the database is down in Chinese (exit 1), without a stack trace', async () => {
    const r = await jianfu(['import', 'secondments', path.join(FIX, 'secondments-xixia.csv')], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/jianfu' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法打开数据库，未导入任何记录');
    expect(r.stderr).toContain('127.0.0.1:1');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a wrong command (exit 2)', async () => {
    const r = await jianfu(['import', 'meetings', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的台账类型「meetings」');
  });
});
