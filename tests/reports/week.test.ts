import { describe, expect, it } from 'vitest';
import { addWeeks, lastCompleteWeek, parseIsoWeek, weekOf, weekRange, weeksBetween, weeksInYear, WeekFormatError } from '../../reports/week.js';

describe('ISO weeks in Asia/Shanghai', () => {
  it('gives 2026-W47 as Monday 16 Nov 00:00 to Sunday 22 Nov 23:59:59 +08:00', () => {
    const w = weekRange(parseIsoWeek('2026-W47'));
    expect(w.start.toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect([w.firstDay, w.lastDay, w.label]).toEqual(['2026-11-16', '2026-11-22', '2026-W47']);
  });

  it('puts Sunday 23:59:59 in the old week and Monday 00:00 in the new one (UTC is still Sunday)', () => {
    const sundayNight = new Date('2026-11-22T23:59:59.999+08:00');
    const mondayMidnight = new Date('2026-11-23T00:00:00+08:00');
    expect(weekOf(sundayNight).label).toBe('2026-W47');
    expect(weekOf(mondayMidnight).label).toBe('2026-W48');
    expect(mondayMidnight.getUTCDay()).toBe(0); // Sunday in UTC: the offset matters
    expect(lastCompleteWeek(sundayNight).label).toBe('2026-W46');
    expect(lastCompleteWeek(mondayMidnight).label).toBe('2026-W47');
  });

  it('handles years with 53 weeks and weeks that straddle New Year', () => {
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weekOf(new Date('2027-01-01T12:00:00+08:00')).label).toBe('2026-W53');
    expect(weekOf(new Date('2021-01-03T12:00:00+08:00')).label).toBe('2020-W53');
    expect(weekOf(new Date('2024-12-30T00:00:00+08:00')).label).toBe('2025-W01');
    expect(addWeeks(parseIsoWeek('2026-W53'), 1).label).toBe('2027-W01');
    expect(addWeeks(parseIsoWeek('2026-W02'), -3).label).toBe('2025-W51');
    expect(weeksBetween(parseIsoWeek('2026-W52'), parseIsoWeek('2027-W02')).map((w) => w.label)).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
  });

  it('numbers every day of twenty years consistently (Mondays start weeks, 4 January is in week 1)', () => {
    let prev = weekOf(new Date('2015-12-27T12:00:00+08:00'));
    for (let t = Date.parse('2015-12-28T12:00:00+08:00'); t < Date.parse('2036-01-01T00:00:00+08:00'); t += 86_400_000) {
      const day = new Date(t);
      const w = weekOf(day);
      const isMonday = new Date(t + 8 * 3600_000).getUTCDay() === 1;
      if (isMonday) {
        const expected = prev.week === weeksInYear(prev.year) ? { year: prev.year + 1, week: 1 } : { year: prev.year, week: prev.week + 1 };
        expect({ year: w.year, week: w.week }).toEqual(expected);
        expect(w.start.getTime()).toBe(t - 12 * 3600_000);
      } else {
        expect(w.label).toBe(prev.label);
      }
      const local = new Date(t + 8 * 3600_000);
      if (local.getUTCMonth() === 0 && local.getUTCDate() === 4) expect([w.year, w.week]).toEqual([local.getUTCFullYear(), 1]);
      prev = w;
    }
  });

  it('accepts the forms people type', () => {
    for (const text of ['2026-W47', '2026W47', '2026-w47', ' 2026-W47 ', '２０２６－Ｗ４７', '2026年第47周', '2026年47周']) {
      expect(parseIsoWeek(text), text).toEqual({ year: 2026, week: 47 });
    }
  });

  it('rejects bad weeks with a Chinese message that shows the expected form', () => {
    for (const text of ['2026-47', '47', '2026-W', 'W47', '2026-11-16', '']) {
      expect(() => parseIsoWeek(text)).toThrow(WeekFormatError);
      expect(() => parseIsoWeek(text)).toThrow(/应写成.*2026-W47/);
    }
    expect(() => parseIsoWeek('2025-W53')).toThrow(/2025 年共有 52 周/);
    expect(() => parseIsoWeek('2026-W00')).toThrow(/1 到 53/);
  });
});
