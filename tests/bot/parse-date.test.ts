import { describe, expect, it } from 'vitest';
import { parseChineseDate, parseSmallNumber } from '../../bot/commands/parse-date.js';

// 2026-11-25 is a Wednesday.
const TODAY = '2026-11-25';

describe('parseChineseDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026/11/23', '2026-11-23'],
    ['2026.11.23', '2026-11-23'],
    ['2026年11月23日', '2026-11-23'],
    ['2026年11月3号', '2026-11-03'],
    ['２０２６／１１／２３', '2026-11-23'],
    ['20261123', '2026-11-23'],
    ['2026-1-5', '2026-01-05'],
    ['11月23日', '2026-11-23'],
    ['11月23号', '2026-11-23'],
    ['十一月二十三日', '2026-11-23'],
    ['二〇二六年十二月一日', '2026-12-01'],
    ['12-01', '2026-12-01'],
    ['今天', '2026-11-25'],
    ['明天', '2026-11-26'],
    ['后天', '2026-11-27'],
    ['昨天', '2026-11-24'],
    ['下周一', '2026-11-30'],
    ['下星期天', '2026-12-06'],
    ['周五', '2026-11-27'],
    ['本周一', '2026-11-23'],
    ['上周五', '2026-11-20'],
    ['礼拜三', '2026-11-25'],
  ])('%s → %s', (input, expected) => {
    expect(parseChineseDate(input, TODAY)).toEqual({ ok: true, date: expected });
  });

  it('crosses month and year ends', () => {
    expect(parseChineseDate('明天', '2026-12-31')).toEqual({ ok: true, date: '2027-01-01' });
    expect(parseChineseDate('下周一', '2026-12-30')).toEqual({ ok: true, date: '2027-01-04' });
    // On a Sunday, 下周一 is the next day and 本周一 six days back.
    expect(parseChineseDate('下周一', '2026-11-29')).toEqual({ ok: true, date: '2026-11-30' });
    expect(parseChineseDate('本周一', '2026-11-29')).toEqual({ ok: true, date: '2026-11-23' });
  });

  it.each(['2026-02-30', '2026年13月1日', '2月30日', '明年', 'abc', '2026-11', '', '32号'])('rejects %j with a Chinese reason', (input) => {
    const result = parseChineseDate(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/日期|不存在/);
  });

  it('names the impossible day', () => {
    const result = parseChineseDate('2月30日', TODAY);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain('2026年2月没有30日');
  });

  it('reads small Chinese numerals', () => {
    expect([parseSmallNumber('十'), parseSmallNumber('十一'), parseSmallNumber('二十'), parseSmallNumber('三十一'), parseSmallNumber('九')]).toEqual([10, 11, 20, 31, 9]);
    expect(parseSmallNumber('十十')).toBeUndefined();
  });
});
