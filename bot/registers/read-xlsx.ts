// XLSX → one Grid per worksheet (exceljs). Cells come back as strings, numbers, booleans
// or Dates; rich text, hyperlinks and formulas are flattened to their text or result.
// Merged cells repeat the master value, which is what a register with a township merged
// down several rows means.
import type ExcelJS from 'exceljs';
import type { CellValue, Grid, GridRow } from './types.js';

function flatten(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return flatten((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  // Loaded on first use: exceljs is large, and most commands never read a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const grids: Grid[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    const rows: GridRow[] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(flatten(row.getCell(c).value));
      rows.push({ rowNumber, cells });
    });
    grids.push({ sheet: sheet.name, rows });
  });
  return grids;
}
