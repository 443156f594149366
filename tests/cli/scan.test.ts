import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const jianfu = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/jianfu.js', ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('jianfu scan (contract)', () => {
  it('writes one JSON line per input line, in order, with sorted unique rule codes', () => {
    const input = [
      { id: 'a', text: '请各村网格员每天早上八点前在群里发定位打卡，没打卡的按缺勤处理。', extra: 1 },
      { id: 'b', text: '好的，收到。' },
      { id: 'c', text: '即日起取消各类工作群打卡、接龙报到。' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = jianfu(['scan'], `${input}\n`);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; rules: string[]; findings: { rule: string; span: [number, number] }[] });
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out[0]!.rules).toContain('R06');
    expect(out[0]!.rules).toEqual([...new Set(out[0]!.rules)].sort());
    expect(out[0]!.findings.every((f) => out[0]!.rules.includes(f.rule))).toBe(true);
    expect(out[1]!.rules).toEqual([]);
    expect(out[2]!.rules).toEqual([]);
  });

  it('weighs a recruitment year against --as-of (the send date), and says what is wrong with a bad one', () => {
    const line = `${JSON.stringify({ id: 'r', text: '县财政局：请红石镇支持，小林同志（2024年招录公务员）到我局协助预算编制，借调期两个月。' })}\n`;
    const rules = (args: string[]) => (JSON.parse(jianfu(['scan', ...args], line).stdout) as { rules: string[] }).rules;
    expect(rules(['--as-of', '2026-11-26'])).toEqual(['R10']); // two years in: inside the five-year service period
    expect(rules(['--as-of', '2031-03-01'])).toEqual([]); // seven years in: served
    const bad = jianfu(['scan', '--as-of', '2026-13-45'], line);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--as-of');
    expect(bad.stdout).toBe('');
  });

  it('reports a bad line with its number, goes on, and exits 1', () => {
    const input = ['{"id":"x","text":"好的"}', '{not json', '{"id":"y"}', '{"id":"z","text":"收到"}'].join('\n');
    const r = jianfu(['scan'], input);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'x', rules: [] });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(String(out[1]!.error)).toMatch(/JSON/);
    expect(out[2]).toMatchObject({ line: 3 });
    expect(String(out[2]!.error)).toContain('text');
    expect(out[3]).toMatchObject({ id: 'z', rules: [] });
  });

  it('reads a FILE argument and says so in Chinese when it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianfu-scan-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '{"id":1,"text":"县里要求各乡镇干部今天之内下载APP并完成注册，截图发到本群。"}\n');
    const ok = jianfu(['scan', file]);
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { id: number; rules: string[] }).id).toBe(1);
    const missing = jianfu(['scan', join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
  });

  it('--explain names what fired and why a negated match was dropped', () => {
    const r = jianfu(['scan', '--explain', '今后不再要求各村每天在群里打卡。另外请各乡镇于周五前签订防溺水安全承诺书。']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^R07 R07\//m);
    expect(r.stdout).toContain('承诺书');
    expect(r.stdout).toMatch(/R06\/[a-z-]+「[^」]*打卡」被排除/);
    expect(r.stdout).toContain('不再');
  });
});
