import { describe, expect, it } from 'vitest';
import { IntervalIndex } from '../../checks/messages/interval-index.js';

describe('IntervalIndex', () => {
  it('agrees with a linear scan on random intervals and queries', () => {
    let seed = 7;
    const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 200; round++) {
      const intervals = Array.from({ length: rand(30) }, () => {
        const s = rand(100);
        return { s, e: s + 1 + rand(20) };
      });
      const index = new IntervalIndex(intervals);
      for (let q = 0; q < 50; q++) {
        const s = rand(120);
        const e = s + 1 + rand(15);
        expect(index.overlaps(s, e)).toBe(intervals.some((i) => i.s < e && s < i.e));
      }
    }
  });

  it('treats touching intervals as not overlapping, and an empty index as empty', () => {
    expect(new IntervalIndex([{ s: 0, e: 5 }]).overlaps(5, 9)).toBe(false);
    expect(new IntervalIndex([{ s: 0, e: 5 }]).overlaps(4, 9)).toBe(true);
    expect(new IntervalIndex([]).overlaps(0, 100)).toBe(false);
  });
});
