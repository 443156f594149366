// `jianfu audit FILE.json [--as-of YYYY-MM-DD]` — a contract others script against
// (../shared/tools/score.py): one JSON line per finding
// {"check","rule","ref","message","basis"}, and {"ref","error"} for a record that could
// not be checked. Exit 0: checked (findings or not); 1: some records could not be
// checked; 2: the command or the file itself is wrong (message on stderr).
import { readFile } from 'node:fs/promises';
import { todayIn } from '../../checks/dates.js';
import { auditRecords, RecordsFileError } from '../../checks/records/audit-records.js';
import { SettingsError } from '../../checks/records/resolve-settings.js';
import { exitForArgs, parseAsOf } from './cli-args.js';

const USAGE = '用法：jianfu audit FILE.json [--as-of YYYY-MM-DD]（FILE 为 - 时从标准输入读取）\n';

interface AuditArgs {
  file: string;
  asOf?: string;
}

function parseArgs(args: string[]): AuditArgs | string {
  let file: string | undefined;
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--as-of' || a === '--asof') {
      const v = args[++i];
      if (v === undefined) return '--as-of 后面缺少日期，例如 --as-of 2026-11-23。';
      asOf = v;
    } else if (a.startsWith('--as-of=')) {
      asOf = a.slice('--as-of='.length);
    } else if (a === '-h' || a === '--help') {
      return '';
    } else if (a.startsWith('--')) {
      return `不认识的选项「${a}」。`;
    } else if (file === undefined) {
      file = a;
    } else {
      return `多余的参数「${a}」：一次只检查一个文件。`;
    }
  }
  if (file === undefined) return '缺少台账文件（JSON）。';
  return asOf === undefined ? { file } : { file, asOf };
}

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return exitForArgs(parsed, USAGE);
  let asOf: string | undefined;
  if (parsed.asOf !== undefined) {
    const d = parseAsOf(parsed.asOf);
    if (typeof d === 'number') return d;
    asOf = d;
  }
  let text: string;
  try {
    text = await readInput(parsed.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : (err as Error).message;
    process.stderr.write(`无法读取台账文件 ${parsed.file}：${why}。\n`);
    return 2;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    process.stderr.write(`台账文件 ${parsed.file} 不是有效的 JSON：${(err as Error).message}。请检查括号、逗号和引号。\n`);
    return 2;
  }
  try {
    const result = auditRecords(doc, { ...(asOf ? { asOf } : {}), today: todayIn(new Date()) });
    const lines: string[] = [];
    for (const e of result.errors) lines.push(JSON.stringify({ ref: e.ref, error: e.error }));
    for (const f of result.findings) {
      lines.push(JSON.stringify({ check: f.check, rule: f.rule, ref: f.ref, message: f.message, basis: f.basis }));
    }
    if (lines.length > 0) await writeOut(lines.join('\n') + '\n');
    return result.errors.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof RecordsFileError || err instanceof SettingsError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** Writes and waits for the pipe to drain, so a large audit is not cut off at exit. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}
