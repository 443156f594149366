// CSV (or tab-separated) text → one Grid with each row's starting line number, so a
// broken row is reported at the line the office sees in its editor.
import { parse } from 'csv-parse/sync';
import type { Grid, GridRow } from './types.js';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter that occurs most in the first lines outside quotes (comma by default). */
function guessDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).join('\n').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = sample.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function readCsv(text: string): Grid {
  const records = parse(text, {
    delimiter: guessDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: GridRow[] = [];
  let nextLine = 1;
  for (const { record, info } of records) {
    rows.push({ rowNumber: nextLine, cells: record });
    nextLine = info.lines + 1;
  }
  return { sheet: null, rows };
}
