// Sheet rows → raw records → validated typed records, with every problem tied to its row.
// Cell-level reading (dates, yes/no, "待定") is the same as for JSON records
// (checks/records/field-values.ts); what is added here: a combined 起止时间 column, 迎检
// demands written in a 备注 column, ids derived from the row when there is no 编号 column,
// and rows that are not records (blank lines, 填表人/注 footers, repeated headers).
import { notesRequirePreparation, readOptionalText } from '../../checks/records/field-values.js';
import { validateInspection, validateSecondment, validateVeto } from '../../checks/records/validate-records.js';
import type { ColumnField } from './header-aliases.js';
import { normalizeHeader } from './header-aliases.js';
import type { HeaderMatch } from './locate-header.js';
import { parsePeriod } from './parse-period.js';
import type { CellValue, GridRow, ImportKind, ImportProblem, RecordsOfKind } from './types.js';

type Raw = Record<string, CellValue | string[]>;

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.normalize('NFKC').trim() === '');
}

const FOOTER = /^(?:注|说明|备注|填表人|制表人|审核人|填报人|负责人|联系人|联系电话|填报单位|填表单位|填表日期|制表日期|合计|总计|小计|签字|盖章|单位盖章)/u;

/** Rows that hold no record: blank, a footer line, or the header repeated (printed pages). */
export function isNonRecordRow(row: GridRow, match: HeaderMatch, requiredColumns: number[]): boolean {
  const nonBlank = row.cells.filter((c) => !isBlank(c));
  if (nonBlank.length === 0) return true;
  if (requiredColumns.every((c) => isBlank(row.cells[c]))) return true;
  const first = nonBlank[0];
  if (nonBlank.length <= 2 && typeof first === 'string' && FOOTER.test(first.normalize('NFKC').trim())) return true;
  const key = row.cells.map((c) => normalizeHeader(typeof c === 'string' ? c : '')).join('|');
  return key === match.headerKey;
}

const LEVELS: [RegExp, string][] = [
  [/^(?:国家|中央|部委)/u, 'national'],
  [/^(?:省|自治区|直辖市)/u, 'provincial'],
  [/^(?:市|地|州|盟)/u, 'municipal'],
  [/^(?:县|旗|区|市辖区|县级市)/u, 'county'],
  [/^(?:乡|镇|苏木|街道)/u, 'township'],
];

function normalizeLevel(v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  const t = v.normalize('NFKC').trim();
  for (const [re, level] of LEVELS) if (re.test(t)) return level;
  return t;
}

/** A stable id for a row without a 编号 column, from what identifies it in the register,
 *  so that importing the same file again finds the same rows. */
function derivedId(kind: ImportKind, record: RecordsOfKind[ImportKind]): string {
  switch (kind) {
    case 'secondments': {
      const s = record as RecordsOfKind['secondments'];
      return `${s.person}/${s.township}/${s.start}`;
    }
    case 'inspections': {
      const i = record as RecordsOfKind['inspections'];
      return `${i.organizer}/${i.topic}/${i.date}/${i.townships.join('、')}`;
    }
    case 'vetoItems': {
      const v = record as RecordsOfKind['vetoItems'];
      return `${v.setBy ?? '未写明单位'}/${v.item}`;
    }
  }
}

export interface RowsResult<K extends ImportKind> {
  records: RecordsOfKind[K][];
  rowNumbers: number[];
  problems: ImportProblem[];
  skipped: number;
}

export function rowsToRecords<K extends ImportKind>(kind: K, sheet: string | null, rows: GridRow[], match: HeaderMatch, requiredColumns: number[]): RowsResult<K> {
  const out: RowsResult<K> = { records: [], rowNumbers: [], problems: [], skipped: 0 };
  const cols = match.columns;
  for (const row of rows.slice(match.dataStart)) {
    if (isNonRecordRow(row, match, requiredColumns)) {
      out.skipped++;
      continue;
    }
    const raw: Raw = {};
    for (const [field, col] of cols) raw[field] = row.cells[col] ?? null;
    const problems: string[] = [];
    prepare(kind, raw, cols, match.labels, problems);
    const hasId = cols.has('id') && !isBlank(raw.id as CellValue);
    if (!hasId) raw.id = 'pending';
    const v = validate(kind, raw, match.labels);
    if (!v.ok) problems.push(...v.problems);
    if (problems.length > 0) {
      out.problems.push({ sheet, rowNumber: row.rowNumber, message: problems.join('；') });
      continue;
    }
    const record = (v as { ok: true; record: RecordsOfKind[K] }).record;
    if (!hasId) record.id = derivedId(kind, record);
    out.records.push(record);
    out.rowNumbers.push(row.rowNumber);
  }
  return out;
}

function prepare(kind: ImportKind, raw: Raw, cols: Map<ColumnField, number>, labels: Record<string, string>, problems: string[]): void {
  if (kind === 'inspections') {
    raw.level = normalizeLevel(raw.level as CellValue);
    const notes = readOptionalText((raw.notes as CellValue) ?? null);
    const prep = raw.requiresPreparation as CellValue;
    if (!cols.has('requiresPreparation') || isBlank(prep)) {
      raw.requiresPreparation = notes.ok ? notesRequirePreparation(notes.value) : false;
    }
    const places = raw.townships;
    if (places instanceof Date || typeof places === 'number' || typeof places === 'boolean') raw.townships = String(places);
  }
  if (kind === 'secondments' && cols.has('period') && !cols.has('start')) {
    const cell = raw.period as CellValue;
    if (cell instanceof Date || typeof cell === 'number') {
      raw.start = cell;
    } else if (!isBlank(cell)) {
      const p = parsePeriod(String(cell));
      if (!p.ok) problems.push(`「${labels.period ?? '借调起止时间'}」${p.reason}`);
      else {
        raw.start = p.start;
        if (p.end !== null || !cols.has('end')) raw.end = p.end;
      }
    } else {
      raw.start = null;
    }
  }
}

function validate(kind: ImportKind, raw: Raw, labels: Record<string, string>) {
  const opts = { allowSerial: true, labels };
  const r = raw as Record<string, unknown>;
  switch (kind) {
    case 'inspections':
      return validateInspection(r, opts);
    case 'secondments':
      return validateSecondment(r, opts);
    case 'vetoItems':
      return validateVeto(r, opts);
  }
}
