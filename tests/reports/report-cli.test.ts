// `jianfu report` as others script it: the real binary on a seeded embedded database.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../bot/cli/report.js';
import { openPglite } from '../../storage/open-database.js';
import { ensurePgliteTemplate } from '../support/db.js';
import { docxText, readZip } from './support/read-zip.js';
import { seedWeek47 } from './support/seed-week.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let scratch: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'jianfu-report-cli-'));
  cpSync(await ensurePgliteTemplate(), path.join(scratch, 'data', 'pglite'), { recursive: true });
  const database = await openPglite(path.join(scratch, 'data', 'pglite'));
  try {
    await seedWeek47(database.db);
  } finally {
    await database.close();
  }
  writeFileSync(path.join(scratch, 'jianfu.config.yaml'), 'county: 西峡县\noffice:\n  name: 县纪委监委\n');
  env = { ...process.env, JIANFU_DATA_DIR: path.join(scratch, 'data'), JIANFU_CONFIG: path.join(scratch, 'jianfu.config.yaml') };
  delete env.DATABASE_URL;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function jianfu(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(ROOT, 'bin/jianfu.js'), ...args], { env, cwd: scratch });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('jianfu report', () => {
  it('writes report.md, report.html and report.docx of the given week, from the database', async () => {
    const out = path.join(scratch, 'out-47');
    const r = await jianfu(['report', '--week', '2026-W47', '--out', out]);
    // Nothing on stderr but, on a machine without a CJK font, the hint to install one.
    expect(r.stderr.replace(/^提示：本机没有中文字体.*\n/m, '')).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已生成《西峡县基层减负监测周报（2026年第47周）》（本周线索 7 条，举报 2 件）');
    for (const f of ['report.md', 'report.html', 'report.docx']) expect(r.stdout).toContain(path.join(out, f));
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# 西峡县基层减负监测周报（2026年第47周）');
    expect(md).toContain('线索 **7 条**');
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('<svg');
    const doc = docxText(readZip(readFileSync(path.join(out, 'report.docx'))).get('word/document.xml')!.toString('utf8'));
    expect(doc).toContain('西峡县纪委监委');
    expect(doc).toContain('张伟（丹水镇）借调至县发改委');
  }, 120_000);

  it('rejects a malformed week with a Chinese message showing the expected form, and writes nothing', async () => {
    const out = path.join(scratch, 'out-bad');
    const r = await jianfu(['report', '--week', '2026-47', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--week 有误：周次「2026-47」格式不对：应写成“年份-W周次”，例如 2026-W47');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

describe('jianfu report (in process)', () => {
  let saved: NodeJS.ProcessEnv;
  beforeAll(() => {
    saved = { ...process.env };
    process.env.JIANFU_DATA_DIR = env.JIANFU_DATA_DIR;
    process.env.JIANFU_CONFIG = env.JIANFU_CONFIG;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    process.env = saved;
  });

  it('without --week reports the last complete week (Monday 00:00 +08:00 closes a week)', async () => {
    const out = path.join(scratch, 'out-default');
    // Monday 23 Nov 00:00:01 in Shanghai is still Sunday in UTC: week 47 has just closed.
    expect(await run(['--out', out], new Date('2026-11-23T00:00:01+08:00'))).toBe(0);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('（2026年第47周）');
    // One second earlier, week 47 is not complete yet: week 46 is reported.
    const out46 = path.join(scratch, 'out-46');
    expect(await run([`--out=${out46}`], new Date('2026-11-22T23:59:59+08:00'))).toBe(0);
    expect(readFileSync(path.join(out46, 'report.md'), 'utf8')).toContain('（2026年第46周）');
  }, 120_000);

  it('explains a week that does not exist and a missing value', async () => {
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await run(['--week', '2025-W53'])).toBe(2);
      expect(await run(['--week'])).toBe(2);
      expect(await run(['--weeks', '2026-W47'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toContain('2025 年共有 52 周');
    expect(errors.join('')).toContain('--week 后面缺少周次，例如 --week 2026-W47。');
    expect(errors.join('')).toContain('不认识的参数「--weeks」');
  });
});
