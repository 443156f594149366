// The console contract, as scripts use it: spawn `node bin/jianfu.js console` with piped
// standard input, read "[频道] 内容" lines from standard output, exit 0 at end of input.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePgliteTemplate } from '../support/db.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function jianfu(args: string[], input: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jianfu.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', JIANFU_CONFIG: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Bot messages in the output: each starts with "[频道] ". */
function messages(stdout: string): string[] {
  const blocks: string[] = [];
  for (const line of stdout.split('\n')) {
    if (/^\[[^\]]+\] /u.test(line)) blocks.push(line);
    else if (blocks.length > 0 && line !== '') blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

describe('jianfu console (scripted)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-console-'));
    cpSync(await ensurePgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
    env = { JIANFU_DATA_DIR: dataDir };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads one message per line from that person in that group and prints every bot message', async () => {
    const input = ['请各村每天早上八点前在群里打卡，并发定位。', '收到，下午去村里。', '/帮助', ''].join('\n');
    const run = await jianfu(['console', '--as', '李明', '--in', '全县乡镇工作群'], input, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = messages(run.stdout);
    expect(out[0]).toMatch(/^\[全县乡镇工作群\] 【减负提醒】/);
    expect(out[0]).toContain('R06');
    expect(out.some((m) => /^\[县纪委监委\] 【减负监测】全县乡镇工作群/.test(m) && /F-\d{6}/.test(m))).toBe(true);
    expect(out.at(-1)).toMatch(/^\[全县乡镇工作群\] 减负哨兵 使用说明/);
    // The clean message produced nothing: 2 notices + help.
    expect(out).toHaveLength(3);
  });

  it('--in dm is a private chat: a report gets a number that 查询 then finds', async () => {
    const run = await jianfu(['console', '--as', '刘洋', '--in', 'dm'], '举报 县住建局要求每周报送农房排查表，上周的又要重填\n', env);
    expect(run.code).toBe(0);
    const out = messages(run.stdout);
    const reply = out.find((m) => m.startsWith('[私聊:刘洋]'))!;
    const number = /JB-\d{4}-[A-Z0-9]{6}/.exec(reply)![0];
    const query = await jianfu(['console', '--as', '王芳', '--in', 'dm'], `查询 ${number}\n`, env);
    expect(query.code).toBe(0);
    expect(messages(query.stdout)).toEqual([`[私聊:王芳] 举报 ${number}：已受理，等待核实。\n受理日期：${/受理日期：(\S+)/.exec(query.stdout)![1]}`]);
  });

  it('accepts people and groups it does not know, and exits 0 on empty input', async () => {
    const run = await jianfu(['console', '--as', '路人甲', '--in', '某村群'], '大家每天下午五点前把工作截图发到群里\n', env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('配置中没有「路人甲」');
    expect(messages(run.stdout)[0]).toMatch(/^\[某村群\] 【减负提醒】/);
    const empty = await jianfu(['console'], '', env);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('');
  });

  it('rejects unknown options with a Chinese usage message', async () => {
    const run = await jianfu(['console', '--who', 'x'], '', env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('用法：jianfu console');
  });

  it('jianfu demo loads the demo data once', async () => {
    const first = await jianfu(['demo'], '', env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/已载入演示数据：16 条工作群消息/);
    const second = await jianfu(['demo'], '', env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('此前已载入');
  });
});
