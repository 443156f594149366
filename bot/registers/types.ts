// Shapes shared by the register importers (CSV and XLSX → typed records).
import type { CellValue } from '../../checks/records/field-values.js';
import type { InspectionRecord, SecondmentRecord, VetoRecord } from '../../checks/records/types.js';

export type { CellValue };

/** One physical row of a sheet, with its 1-based row number as the office sees it
 *  (Excel's row number; for CSV, the line the row starts on). */
export interface GridRow {
  rowNumber: number;
  cells: CellValue[];
}

/** A sheet: an XLSX worksheet, or the whole CSV file (name null). */
export interface Grid {
  sheet: string | null;
  rows: GridRow[];
}

export type ImportKind = 'inspections' | 'secondments' | 'vetoItems';

export interface RecordsOfKind {
  inspections: InspectionRecord;
  secondments: SecondmentRecord;
  vetoItems: VetoRecord;
}

/** A problem with the file (rowNumber null: the file or its header) or one row. */
export interface ImportProblem {
  sheet: string | null;
  rowNumber: number | null;
  /** Chinese: what is wrong and how to fix it. */
  message: string;
}

export type ParseOutcome<K extends ImportKind> =
  | { ok: true; kind: K; records: RecordsOfKind[K][]; rowNumbers: number[]; skippedRows: number }
  | { ok: false; kind: K; problems: ImportProblem[] };
