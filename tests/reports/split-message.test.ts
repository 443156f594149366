import { describe, expect, it } from 'vitest';
import { splitForChat } from '../../reports/deliver/split-message.js';

const section = (n: number, lines: number) => `## ${n}、第${n}节\n\n${Array.from({ length: lines }, (_, i) => `- 第${n}节第${i + 1}条：${'内容'.repeat(20)}`).join('\n')}`;

describe('splitForChat', () => {
  it('keeps a short report in one message', () => {
    expect(splitForChat('# 标题\n\n正文', 1800, '标题')).toEqual(['# 标题\n\n正文']);
  });

  it('breaks between sections first, numbers the parts, and loses nothing', () => {
    const md = ['# 周报', section(1, 10), section(2, 10), section(3, 10)].join('\n\n');
    const parts = splitForChat(md, 1000, '周报');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    parts.slice(1).forEach((p, i) => expect(p.startsWith(`（续）周报（${i + 2}/${parts.length}）\n\n`)).toBe(true));
    const body = parts.map((p, i) => (i === 0 ? p : p.slice(p.indexOf('\n\n') + 2))).join('\n');
    for (const line of md.split('\n').filter(Boolean)) expect(body).toContain(line);
    // Section 2 starts a part rather than being split across two.
    expect(parts.some((p) => /（续）[^\n]*\n\n## 2、/.test(p))).toBe(true);
  });

  it('cuts a single over-long line as a last resort', () => {
    const parts = splitForChat('长'.repeat(5000), 1000, '周报');
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(p.indexOf('\n\n') + 2))).join('')).toBe('长'.repeat(5000));
  });
});
