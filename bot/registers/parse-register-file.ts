// Reads a register file (CSV or XLSX) into validated records of one kind — all or nothing:
// when any row is wrong, the result lists every problem with its row number and no
// records, so the caller imports nothing from that file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HEADER_ALIASES, REQUIRED_FIELDS, type ColumnField } from './header-aliases.js';
import { decodeText } from './decode-text.js';
import { locateHeader } from './locate-header.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { KIND_NAMES } from './register-kinds.js';
import { rowsToRecords } from './rows-to-records.js';
import type { Grid, ImportKind, ImportProblem, ParseOutcome, RecordsOfKind } from './types.js';

export type FileFormat = 'csv' | 'xlsx';

/** By content first (XLSX is a ZIP: "PK"), then by extension; an old binary .xls is refused. */
export function detectFormat(name: string, bytes: Uint8Array): FileFormat | { error: string } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { error: `${path.basename(name)} 是旧版 Excel（.xls）文件，暂不支持：请在 Excel/WPS 中“另存为” .xlsx 或 CSV 后再导入。` };
  }
  const ext = path.extname(name).toLowerCase();
  if (ext === '.xlsx') return { error: `${path.basename(name)} 不是有效的 .xlsx 文件（文件内容已损坏或并非 Excel 文件）。` };
  return 'csv';
}

function describeMissing(kind: ImportKind, missing: ColumnField[][]): string {
  return missing
    .map((group) => {
      const examples = group.flatMap((f) => HEADER_ALIASES[kind][f]!.filter((a) => /\p{Script=Han}/u.test(a)).slice(0, 4));
      return `「${examples[0]}」（也可写作 ${examples.slice(1).join('、')}）`;
    })
    .join('、');
}

export async function parseRegisterBytes<K extends ImportKind>(kind: K, name: string, bytes: Uint8Array): Promise<ParseOutcome<K>> {
  const format = detectFormat(name, bytes);
  if (typeof format === 'object') return { ok: false, kind, problems: [{ sheet: null, rowNumber: null, message: format.error }] };
  let grids: Grid[];
  try {
    grids = format === 'xlsx' ? await readXlsx(bytes) : [readCsv(decodeText(bytes).text)];
  } catch (err) {
    const what = format === 'xlsx' ? 'Excel 文件' : 'CSV 文件';
    return {
      ok: false,
      kind,
      problems: [{ sheet: null, rowNumber: null, message: `无法读取${what} ${path.basename(name)}：${(err as Error).message}。请确认文件完整，或重新导出后再试。` }],
    };
  }
  const problems: ImportProblem[] = [];
  const records: RecordsOfKind[K][] = [];
  const rowNumbers: number[] = [];
  let skippedRows = 0;
  let sheetsWithHeader = 0;
  const headerFailures: ImportProblem[] = [];
  for (const grid of grids) {
    const header = locateHeader(grid.rows, kind);
    if (!header.ok) {
      if (grid.rows.length > 0) {
        headerFailures.push({
          sheet: grid.sheet,
          rowNumber: header.rowNumber,
          message: `找不到${KIND_NAMES[kind]}的必需列：${describeMissing(kind, header.missing)}。请检查表头是否写全。`,
        });
      }
      continue;
    }
    sheetsWithHeader++;
    const requiredColumns = REQUIRED_FIELDS[kind].flatMap((g) => g.filter((f) => header.match.columns.has(f)).map((f) => header.match.columns.get(f)!));
    const result = rowsToRecords(kind, grid.sheet, grid.rows, header.match, requiredColumns);
    problems.push(...result.problems);
    records.push(...result.records);
    rowNumbers.push(...result.rowNumbers);
    skippedRows += result.skipped;
  }
  if (sheetsWithHeader === 0) {
    const fallback = { sheet: null, rowNumber: null, message: `${path.basename(name)} 是空文件，或没有${KIND_NAMES[kind]}的表头。` };
    return { ok: false, kind, problems: headerFailures.length > 0 ? headerFailures : [fallback] };
  }
  // The same id twice in one file: one of them would silently overwrite the other.
  const firstRow = new Map<string, number>();
  records.forEach((r, i) => {
    const earlier = firstRow.get(r.id);
    if (earlier === undefined) firstRow.set(r.id, rowNumbers[i]!);
    else problems.push({ sheet: null, rowNumber: rowNumbers[i]!, message: `与第${earlier}行是同一条记录（编号或姓名、乡镇、开始日期相同），请删除重复行或给出不同编号` });
  });
  if (problems.length > 0) return { ok: false, kind, problems: problems.sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0)) };
  if (records.length === 0) {
    return { ok: false, kind, problems: [{ sheet: null, rowNumber: null, message: `${path.basename(name)} 中没有数据行：表头下面是空的。` }] };
  }
  return { ok: true, kind, records, rowNumbers, skippedRows };
}

export async function parseRegisterFile<K extends ImportKind>(kind: K, file: string): Promise<ParseOutcome<K>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : (err as Error).message;
    return { ok: false, kind, problems: [{ sheet: null, rowNumber: null, message: `无法读取 ${file}：${why}。` }] };
  }
  return parseRegisterBytes(kind, file, bytes);
}

/** "第5行：…" / "工作表「2026年」第5行：…" — how a problem is shown to the user. */
export function formatProblem(p: ImportProblem): string {
  const where = `${p.sheet ? `工作表「${p.sheet}」` : ''}${p.rowNumber !== null ? `第${p.rowNumber}行` : ''}`;
  return where ? `${where}：${p.message}` : p.message;
}
