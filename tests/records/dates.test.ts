import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  dayNumber,
  daysBetween,
  excelSerialToDate,
  fromDayNumber,
  isIsoDate,
  isoWeek,
  parseDateText,
  todayIn,
} from '../../checks/dates.js';

describe('calendar dates', () => {
  it('round-trips every day from 1990 to 2060 and agrees with Date.UTC', () => {
    const first = Date.UTC(1990, 0, 1) / 86_400_000;
    for (let d = first; d < first + 365 * 70; d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(d);
      expect(fromDayNumber(d)).toBe(iso);
    }
  });

  it('counts days as end − start', () => {
    expect(daysBetween('2026-05-01', '2026-07-31')).toBe(91);
    expect(daysBetween('2026-07-31', '2026-11-23')).toBe(115);
    expect(daysBetween('2026-11-23', '2026-11-22')).toBe(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('validates real dates only', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate(20261123)).toBe(false);
  });

  it('adds years to the corresponding day, 29 February to 28 February (民法典 §203)', () => {
    expect(addYears('2021-11-23', 5)).toBe('2026-11-23');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('gives ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
    expect(isoWeek('2026-11-29')).toBe('2026-W48');
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('takes today in Asia/Shanghai from the instant it is given', () => {
    expect(todayIn(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(todayIn(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
    expect(todayIn(new Date('2026-11-22T16:00:00Z'), 'UTC')).toBe('2026-11-22');
  });
});

describe('dates as registers write them', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026/11/23', '2026-11-23'],
    ['2026年11月23日', '2026-11-23'],
    ['2026.11.23', '2026-11-23'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5号', '2026-01-05'],
    ['20261123', '2026-11-23'],
    ['２０２６年１１月２３日', '2026-11-23'],
    [' 2026-11-23 ', '2026-11-23'],
    ['2026-11-23 08:30:00', '2026-11-23'],
    ['2026-11-23T00:00:00.000Z', '2026-11-23'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, date: iso });
  });

  it.each(['2026-02-30', '2026-13-01', '26/11/23', '下个月', '11月23日', '', '2026-11'])('rejects %s with a Chinese reason', (text) => {
    const r = parseDateText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/日期/);
  });

  it('reads Excel day serials', () => {
    expect(excelSerialToDate(25569)).toEqual({ ok: true, date: '1970-01-01' });
    expect(excelSerialToDate(46349)).toEqual({ ok: true, date: '2026-11-23' });
    expect(excelSerialToDate(12).ok).toBe(false);
  });
});
