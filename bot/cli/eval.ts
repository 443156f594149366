// `jianfu eval FILE.jsonl [--wrong] [--as-of DATE]` — scores the rule engine on a labelled file in the
// format of ../shared/corpus/messages.jsonl.
import { readFileSync } from 'node:fs';
import { scanMessage } from '../../checks/messages/index.js';
import { evaluate, type LabelledMessage } from '../../checks/messages/evaluate.js';
import { takeAsOf } from './cli-args.js';

export async function run(argv: string[]): Promise<number> {
  const taken = takeAsOf(argv);
  if (typeof taken === 'number') return taken;
  const { rest: args, asOf } = taken;
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    process.stderr.write('用法：jianfu eval FILE.jsonl [--wrong] [--as-of 日期]\n例如：npm run eval -- ../shared/corpus/messages.jsonl\n');
    return 2;
  }
  let items: LabelledMessage[];
  try {
    items = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as LabelledMessage;
        } catch (err) {
          throw new Error(`第 ${i + 1} 行不是有效的 JSON`, { cause: err });
        }
      });
  } catch (err) {
    process.stderr.write(`无法读取标注文件 ${file}：${(err as Error).message}\n`);
    return 2;
  }
  const result = evaluate(items, (text) => [...new Set(scanMessage(text, undefined, asOf).map((f) => f.rule))]);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  process.stdout.write(`${'code'.padEnd(8)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}\n`);
  for (const r of result.perRule) {
    process.stdout.write(`${r.code.padEnd(8)}${pad(r.tp, 5)}${pad(r.fp, 5)}${pad(r.fn, 5)}${pad(r.precision.toFixed(3), 7)}${pad(r.recall.toFixed(3), 7)}${pad(r.f1.toFixed(3), 7)}\n`);
  }
  const m = result.micro;
  process.stdout.write(`micro P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)} tp=${m.tp} fp=${m.fp} fn=${m.fn}\n`);
  process.stdout.write(`exact match ${(result.exact * 100).toFixed(1)}% of ${items.length}\n`);
  if (args.includes('--wrong')) {
    for (const w of result.wrong) process.stdout.write(`${w.id}\tgold=${w.gold.join(',') || '-'}\tpred=${w.predicted.join(',') || '-'}\t${w.text.replace(/\n/g, ' / ')}\n`);
  }
  return 0;
}
