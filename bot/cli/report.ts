// `jianfu report [--week 2026-W47] [--out DIR]` — a contract others script against: writes
// report.md, report.html and report.docx of that ISO week (Asia/Shanghai) from the
// database into DIR (default: the current directory), and sends nothing. Without --week it
// is the last complete week. Exit 0: written; 1: the database or a file could not be used;
// 2: the command line is wrong (a Chinese message on stderr says how to fix it).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../../storage/open-database.js';
import { gatherWeeklyReport } from '../../reports/data/gather-weekly-report.js';
import { hasCjkFont } from '../../reports/charts/render-chart.js';
import { buildReportFiles } from '../../reports/render/build-report-files.js';
import { lastCompleteWeek, parseIsoWeek, WeekFormatError, type IsoWeek } from '../../reports/week.js';
import { loadConfig } from '../config/load-config.js';
import { withDemoChat } from '../demo/demo-config.js';
import { exitForArgs } from './cli-args.js';

const USAGE = '用法：jianfu report [--week 2026-W47] [--out 目录]\n  --week  周次，写成“年份-W周次”，如 2026-W47；不写则为上一个完整的周（周一至周日，北京时间）\n  --out   输出目录，默认当前目录；写入 report.md、report.html、report.docx\n';

interface ReportArgs {
  week?: string;
  out: string;
}

function parseArgs(args: string[]): ReportArgs | string {
  const parsed: ReportArgs = { out: '.' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--week' || flag === '--out') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return flag === '--week' ? '--week 后面缺少周次，例如 --week 2026-W47。' : '--out 后面缺少目录，例如 --out ./周报。';
      if (flag === '--week') parsed.week = value;
      else parsed.out = value;
    } else if (a === '-h' || a === '--help') {
      return '';
    } else {
      return `不认识的参数「${a}」。`;
    }
  }
  return parsed;
}

export async function run(args: string[], now: Date = new Date()): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return exitForArgs(parsed, USAGE);
  let week: IsoWeek;
  try {
    week = parsed.week === undefined ? lastCompleteWeek(now) : parseIsoWeek(parsed.week);
  } catch (err) {
    if (err instanceof WeekFormatError) {
      process.stderr.write(`--week 有误：${err.message}\n`);
      return 2;
    }
    throw err;
  }

  let config;
  try {
    // The same config the bot runs with: the demo county's console groups are added when
    // none are configured, so channel names in the report match what users saw.
    config = withDemoChat(loadConfig());
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  let database;
  try {
    database = await openDatabase();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  try {
    const data = await gatherWeeklyReport({ db: database.db, config, week, now });
    const files = await buildReportFiles(data);
    const dir = path.resolve(parsed.out);
    const written: string[] = [];
    try {
      await mkdir(dir, { recursive: true });
      for (const [name, body] of [
        ['report.md', files.markdown],
        ['report.html', files.html],
        ['report.docx', files.docx],
      ] as const) {
        const file = path.join(dir, name);
        await writeFile(file, body);
        written.push(file);
      }
    } catch (err) {
      process.stderr.write(`无法写入输出目录 ${dir}：${(err as Error).message}。请检查目录是否存在、是否可写，或用 --out 指定其他目录。\n`);
      return 1;
    }
    if (!hasCjkFont()) {
      process.stderr.write('提示：本机没有中文字体，report.docx 图表中的中文会显示为方框。请安装 fonts-wqy-microhei（Debian/Ubuntu：apt-get install fonts-wqy-microhei）后重新生成。\n');
    }
    const summary = data.totals.breachesThisWeek === 0 ? '本周未发现线索' : `本周线索 ${data.totals.breachesThisWeek} 条`;
    process.stdout.write(`已生成《${files.title}》（${summary}，举报 ${data.totals.burdenReportsThisWeek} 件）：\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
