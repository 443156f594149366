// `jianfu scan [FILE]` — a contract others script against (issue 2): JSON Lines in,
// one JSON line out per input line, in order; streams, so memory stays flat on any size.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { RULES, scanMessage } from '../../checks/messages/index.js';
import { SHARED_EXCEPTIONS } from '../../checks/messages/context.js';
import { RULE_CODES } from '../../checks/types.js';
import { takeAsOf } from './cli-args.js';

const ORDER = new Map<string, number>(RULE_CODES.map((c, i) => [c, i]));

export function scanLine(line: string, lineNo: number, asOf?: string): { out: string; ok: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { out: JSON.stringify({ line: lineNo, error: `第 ${lineNo} 行不是有效的 JSON，请检查引号和括号是否成对。` }), ok: false };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { out: JSON.stringify({ line: lineNo, error: `第 ${lineNo} 行应为 JSON 对象，如 {"id": "m1", "text": "消息内容"}。` }), ok: false };
  }
  const rec = parsed as { id?: unknown; text?: unknown };
  if (typeof rec.text !== 'string') {
    return { out: JSON.stringify({ line: lineNo, ...(rec.id !== undefined ? { id: rec.id } : {}), error: `第 ${lineNo} 行缺少字符串字段 "text"（消息内容）。` }), ok: false };
  }
  const findings = scanMessage(rec.text, undefined, asOf);
  const rules = [...new Set(findings.map((f) => f.rule))].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  return { out: JSON.stringify({ id: rec.id ?? null, rules, findings }), ok: true };
}

/** `jianfu scan --explain "消息"`: for a reviewer, what fired, where, and which matches an
 *  exception dropped and why (the JSON Lines contract is untouched). */
function reasonFor(key: string): string {
  const [owner, id] = key.split(':') as [string, string];
  if (owner === 'shared') return SHARED_EXCEPTIONS.find((e) => e.id === id)?.why ?? key;
  if (id === 'accept') return '规则的附加判断认为不构成违规（如事项在批准清单内、已写明经批准）';
  const rule = RULES.find((r) => r.meta.code === owner);
  return rule?.exceptions.find((e) => e.spec.id === id)?.spec.why ?? key;
}

function explain(text: string, asOf: string): number {
  const dropped: string[] = [];
  const findings = scanMessage(text, undefined, asOf, {
    trace: (e) => dropped.push(`  ${e.check}「${text.slice(e.span[0], e.span[1])}」被排除（${e.droppedBy}）：${reasonFor(e.droppedBy)}`),
  });
  if (findings.length === 0) process.stdout.write('未发现问题。\n');
  for (const f of findings) {
    process.stdout.write(`${f.rule} ${f.check}「${text.slice(f.span[0], f.span[1])}」（位置 ${f.span[0]}–${f.span[1]}）\n  依据：${f.basis[0]?.section ?? ''} ${f.basis[0]?.quote ?? ''}\n`);
  }
  if (dropped.length > 0) process.stdout.write(`命中后被排除的：\n${dropped.join('\n')}\n`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  // --as-of: the day the messages were sent (default today), for checks that weigh a year
  // written in a message against it.
  const taken = takeAsOf(argv);
  if (typeof taken === 'number') return taken;
  const { rest: args, asOf } = taken;
  if (args[0] === '--explain') {
    const text = args.slice(1).join(' ');
    if (!text) {
      process.stderr.write('用法：jianfu scan --explain "消息原文" [--as-of 日期]\n');
      return 2;
    }
    return explain(text, asOf);
  }
  const file = args.find((a) => !a.startsWith('-'));
  const input = file ? createReadStream(file) : process.stdin;
  let failed = false;
  const opened = new Promise<void>((resolve, reject) => {
    if (!file) return resolve();
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`无法读取文件 ${file}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (err as Error).message}\n`);
    return 2;
  }
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  const out = process.stdout;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    const r = scanLine(line, lineNo, asOf);
    if (!r.ok) failed = true;
    // Respect back-pressure so a 1 GB input streams in constant memory.
    if (!out.write(`${r.out}\n`)) await once(out, 'drain');
  }
  return failed ? 1 : 0;
}
