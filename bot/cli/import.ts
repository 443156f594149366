// `jianfu import inspections|secondments|vetoes FILE [--by 姓名] [--dry-run] [--as-of 日期]`
// Reads a CSV or XLSX register and stores it in the database (all rows or none), then
// runs the record checks and prints what they find for this register.
// Exit 0: imported (or checked, with --dry-run); 1: the file has problems, nothing
// imported; 2: the command itself is wrong.
import os from 'node:os';
import path from 'node:path';
import { todayIn } from '../../checks/dates.js';
import { RECORD_CHECKS, runRecordChecks } from '../../checks/records/index.js';
import type { RecordSet } from '../../checks/records/types.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { formatProblem, parseRegisterFile } from '../registers/parse-register-file.js';
import { KIND_NAMES, parseImportKind } from '../registers/register-kinds.js';
import type { ImportKind } from '../registers/types.js';
import { exitForArgs, parseAsOf } from './cli-args.js';

const USAGE =
  '用法：jianfu import inspections|secondments|vetoes FILE [--by 姓名] [--dry-run] [--as-of YYYY-MM-DD]\n' +
  '  inspections 督查检查台账；secondments 借调台账；vetoes 一票否决台账。FILE 为 .csv 或 .xlsx。\n' +
  '  --by 录入人（默认为当前系统用户）；--dry-run 只检查文件、不写入数据库。\n';

interface ImportArgs {
  kind: ImportKind;
  file: string;
  by?: string;
  dryRun: boolean;
  asOf?: string;
}

function parseArgs(args: string[]): ImportArgs | string {
  const positional: string[] = [];
  let by: string | undefined;
  let asOf: string | undefined;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--by') {
      by = args[++i];
      if (!by) return '--by 后面缺少录入人姓名。';
    } else if (a === '--as-of') {
      asOf = args[++i];
      if (!asOf) return '--as-of 后面缺少日期，例如 --as-of 2026-11-23。';
    } else if (a === '--dry-run') {
      dryRun = true;
    } else if (a === '-h' || a === '--help') {
      return '';
    } else if (a.startsWith('--')) {
      return `不认识的选项「${a}」。`;
    } else {
      positional.push(a);
    }
  }
  if (positional.length === 0) return '缺少台账类型和文件。';
  const kind = parseImportKind(positional[0]!);
  if (!kind) return `不认识的台账类型「${positional[0]}」：请用 inspections（督查）、secondments（借调）或 vetoes（一票否决）。`;
  if (positional.length < 2) return '缺少要导入的文件（.csv 或 .xlsx）。';
  if (positional.length > 2) return `多余的参数「${positional[2]}」：一次导入一个文件。`;
  return { kind, file: positional[1]!, dryRun, ...(by ? { by } : {}), ...(asOf ? { asOf } : {}) };
}

function defaultActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

const REGISTER_OF: Record<ImportKind, keyof RecordSet> = { inspections: 'inspections', secondments: 'secondments', vetoItems: 'vetoItems' };

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return exitForArgs(parsed, USAGE);
  let asOf = todayIn(new Date());
  if (parsed.asOf) {
    const d = parseAsOf(parsed.asOf);
    if (typeof d === 'number') return d;
    asOf = d;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const name = KIND_NAMES[parsed.kind];

  // Parse before opening the database: a broken file fails fast and touches nothing.
  const check = await parseRegisterFile(parsed.kind, parsed.file);
  if (!check.ok) {
    process.stderr.write(`${name} ${parsed.file} 有 ${check.problems.length} 处问题，未导入任何记录：\n`);
    for (const p of check.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
    process.stderr.write('请改正后重新导入（整个文件一起导入，改好后重新执行同一命令即可）。\n');
    return 1;
  }
  if (parsed.dryRun) {
    process.stdout.write(`${name} ${parsed.file} 检查通过：${check.records.length} 条记录可以导入（--dry-run，未写入数据库）。\n`);
    printFindings(parsed.kind, { inspections: [], secondments: [], vetoItems: [], [REGISTER_OF[parsed.kind]]: check.records } as RecordSet, new Set(check.records.map((r) => r.id)), config.rules, asOf);
    return 0;
  }

  // Storage is loaded only now: a wrong command or a broken file answers at once.
  const { openDatabase } = await import('../../storage/open-database.js');
  const { storeRegisterRecords } = await import('../registers/import-register-file.js');
  const { loadStoredRecords } = await import('../registers/load-stored-records.js');
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase();
  } catch (err) {
    // DatabaseUnavailableError and friends already say, in Chinese, what to check.
    process.stderr.write(`无法打开数据库，未导入任何记录：${(err as Error).message}\n`);
    return 1;
  }
  try {
    const s = await storeRegisterRecords(database.db, {
      kind: parsed.kind,
      records: check.records,
      enteredBy: parsed.by ?? defaultActor(),
      source: path.basename(parsed.file),
    });
    const skipped = check.skippedRows > 0 ? `；跳过空行、表尾说明等 ${check.skippedRows} 行` : '';
    process.stdout.write(
      `已导入${name} ${parsed.file}（${database.location}）：新增 ${s.inserted.length} 条，更新 ${s.updated.length} 条，未变 ${s.unchanged.length} 条${skipped}。\n`,
    );
    const stored = await loadStoredRecords(database.db);
    printFindings(parsed.kind, stored, new Set(check.records.map((r) => r.id)), config.rules, asOf);
    return 0;
  } finally {
    await database.close();
  }
}

function printFindings(kind: ImportKind, records: RecordSet, ids: Set<string>, settings: Parameters<typeof runRecordChecks>[0]['settings'], asOf: string): void {
  const checks = RECORD_CHECKS.filter((c) => c.meta.register === REGISTER_OF[kind]);
  const findings = runRecordChecks({ records, settings, asOf }, checks).filter((f) => ids.has(f.ref));
  if (findings.length === 0) {
    process.stdout.write(`按 ${asOf} 检查，本次导入的记录未发现问题。\n`);
    return;
  }
  process.stdout.write(`按 ${asOf} 检查，本次导入的记录有 ${findings.length} 项提示：\n`);
  for (const f of findings) process.stdout.write(`  [${f.rule ?? '提醒'}] ${f.ref}：${f.message}\n`);
}
