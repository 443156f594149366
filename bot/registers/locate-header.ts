// Finds the header row of a register sheet and which column holds which field. Offices put
// a title ("2026年借调人员台账"), a unit line or a blank row above the header, and some use
// a two-row header ("借调时间" merged over "开始" / "结束"); the header is the row (or pair
// of rows) within the first 20 that names the most required fields.
import { HEADER_ALIASES, REQUIRED_FIELDS, normalizeHeader, type ColumnField } from './header-aliases.js';
import type { CellValue, GridRow, ImportKind } from './types.js';

export interface HeaderMatch {
  /** field → 0-based column index */
  columns: Map<ColumnField, number>;
  /** Index in the grid's rows of the first data row. */
  dataStart: number;
  /** Header texts as written, for spotting repeated header rows further down. */
  headerKey: string;
  /** field → the header as the office wrote it, for error messages. */
  labels: Record<string, string>;
}

export type HeaderResult = { ok: true; match: HeaderMatch } | { ok: false; missing: ColumnField[][]; rowNumber: number | null };

const SCAN_ROWS = 20;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? '' : String(value);
}

/** Assigns columns to fields: exact alias matches first, then the longest contained alias. */
export function matchColumns(candidates: string[][], kind: ImportKind): Map<ColumnField, number> {
  const aliases = HEADER_ALIASES[kind];
  const fields = Object.keys(aliases) as ColumnField[];
  const exact = new Map<string, ColumnField>();
  for (const f of fields) for (const a of aliases[f]!) if (!exact.has(a)) exact.set(a, f);
  const columns = new Map<ColumnField, number>();
  const used = new Set<number>();
  candidates.forEach((texts, col) => {
    for (const t of texts) {
      const f = exact.get(t);
      if (f && !columns.has(f)) {
        columns.set(f, col);
        used.add(col);
        return;
      }
    }
  });
  candidates.forEach((texts, col) => {
    if (used.has(col)) return;
    let best: { field: ColumnField; len: number } | null = null;
    for (const t of texts) {
      for (const f of fields) {
        if (columns.has(f)) continue;
        for (const a of aliases[f]!) {
          if (a.length >= 2 && a.length < t.length && t.includes(a) && (!best || a.length > best.len)) best = { field: f, len: a.length };
        }
      }
    }
    if (best) {
      columns.set(best.field, col);
      used.add(col);
    }
  });
  // A separate start column wins over a combined period column (which may then be a
  // duration such as "3个月").
  if (columns.has('start')) columns.delete('period');
  return columns;
}

const ALL_ALIASES: Record<ImportKind, Set<string>> = {
  inspections: new Set(Object.values(HEADER_ALIASES.inspections).flat()),
  secondments: new Set(Object.values(HEADER_ALIASES.secondments).flat()),
  vetoItems: new Set(Object.values(HEADER_ALIASES.vetoItems).flat()),
};

/** Sub-headers under a merged cell: the second row holds no dates or numbers, and some
 *  of its cells are header words sitting under a blank or repeated (merged) top cell. */
function looksLikeSubHeader(top: string[], sub: string[], raw: CellValue[], kind: ImportKind): boolean {
  if (raw.some((v) => v instanceof Date || typeof v === 'number' || (typeof v === 'string' && /\d{4}/.test(v)))) return false;
  let hits = 0;
  for (let c = 0; c < sub.length; c++) {
    const child = sub[c]!;
    if (!child || child === top[c]) continue;
    if (!ALL_ALIASES[kind].has(child)) continue;
    const parent = top[c] ?? '';
    const merged = parent === '' || parent === top[c - 1] || parent === top[c + 1];
    if (merged) hits++;
  }
  return hits > 0;
}

function score(columns: Map<ColumnField, number>, kind: ImportKind): { value: number; missing: ColumnField[][] } {
  const missing = REQUIRED_FIELDS[kind].filter((group) => !group.some((f) => columns.has(f)));
  return { value: (REQUIRED_FIELDS[kind].length - missing.length) * 100 + columns.size, missing };
}

export function locateHeader(rows: GridRow[], kind: ImportKind): HeaderResult {
  let best: { value: number; missing: ColumnField[][]; match: HeaderMatch; rowNumber: number } | null = null;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const top = rows[r]!.cells.map((c) => normalizeHeader(cellText(c)));
    if (top.every((t) => t === '')) continue;
    const single = top.map((t) => (t ? [t] : []));
    const options: { candidates: string[][]; dataStart: number }[] = [{ candidates: single, dataStart: r + 1 }];
    let subHeaderLike = false;
    const next = rows[r + 1];
    if (next && next.rowNumber === rows[r]!.rowNumber + 1) {
      const sub = next.cells.map((c) => normalizeHeader(cellText(c)));
      const width = Math.max(top.length, sub.length);
      const pair: string[][] = [];
      for (let c = 0; c < width; c++) {
        const parent = top[c] ?? '';
        const child = sub[c] ?? '';
        const texts = child && child !== parent ? [parent + child, child, parent] : [parent];
        pair.push(texts.filter((t) => t !== ''));
      }
      options.push({ candidates: pair, dataStart: r + 2 });
      subHeaderLike = looksLikeSubHeader(top, sub, next.cells, kind);
    }
    // The two-row reading is taken when it names more required fields than the top row
    // alone, or when the second row looks like sub-headers under merged cells; otherwise
    // the second row is the first data row, and must not be lost.
    const readings = options.map((opt) => ({ opt, columns: matchColumns(opt.candidates, kind) }));
    const scored = readings.map((x) => ({ ...x, s: score(x.columns, kind) }));
    let pick = scored[0]!;
    const pair = scored[1];
    if (pair && (pair.s.missing.length < pick.s.missing.length || (subHeaderLike && pair.s.value >= pick.s.value))) pick = pair;
    if (!best || pick.s.value > best.value) {
      const headerKey = pick.opt.candidates.map((t) => t[0] ?? '').join('|');
      const labels: Record<string, string> = {};
      for (const [field, col] of pick.columns) {
        const parts = [rows[r]!.cells[col], pick === pair ? rows[r + 1]!.cells[col] : null].map((c) => cellText(c ?? null).trim());
        labels[field] = parts[1] && parts[1] !== parts[0] ? `${parts[0]}-${parts[1]}` : parts[0]!;
      }
      best = { ...pick.s, match: { columns: pick.columns, dataStart: pick.opt.dataStart, headerKey, labels }, rowNumber: rows[r]!.rowNumber };
    }
  }
  if (!best) return { ok: false, missing: REQUIRED_FIELDS[kind], rowNumber: null };
  if (best.missing.length > 0) return { ok: false, missing: best.missing, rowNumber: best.rowNumber };
  return { ok: true, match: best.match };
}
