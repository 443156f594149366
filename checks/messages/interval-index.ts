// Answers "does any interval overlap [s, e)?" in O(log n) after an O(n log n) build, so that
// a message with tens of thousands of matches (a 1 MB paste) is not judged in quadratic time.
const SMALL = 16;

export class IntervalIndex {
  private readonly starts: number[];
  /** maxEnd[i]: the largest end among the first i+1 intervals by start. */
  private readonly maxEnd: number[];

  /** Few intervals (the usual case) are answered by a linear scan, without building. */
  private readonly few: readonly { s: number; e: number }[] | null = null;

  constructor(intervals: readonly { s: number; e: number }[]) {
    if (intervals.length <= SMALL) {
      this.few = intervals;
      this.starts = [];
      this.maxEnd = [];
      return;
    }
    const sorted = [...intervals].sort((a, b) => a.s - b.s);
    this.starts = sorted.map((i) => i.s);
    this.maxEnd = [];
    let max = -Infinity;
    for (const i of sorted) this.maxEnd.push((max = Math.max(max, i.e)));
  }

  overlaps(s: number, e: number): boolean {
    if (this.few) {
      for (const i of this.few) if (i.s < e && i.e > s) return true;
      return false;
    }
    // Last interval starting before e; some interval up to it must end after s.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > s;
  }
}
