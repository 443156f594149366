// Entry point of the `jianfu` command: dispatches to one small module per subcommand.
// Each module exports `run(args: string[]): Promise<number>` (the exit status).

type Subcommand = { load: () => Promise<{ run: (args: string[]) => Promise<number> }>; help: string };

const SUBCOMMANDS: Record<string, Subcommand> = {
  start: { load: () => import('./cli/start.js'), help: '启动机器人（默认：本地控制台 + 内置数据库 + 演示数据）' },
  scan: { load: () => import('./cli/scan.js'), help: 'scan [FILE]：逐行检查 JSON Lines 消息，输出命中的规则' },
  eval: { load: () => import('./cli/eval.js'), help: 'eval FILE.jsonl：在带标注的消息集上计算各规则的准确率/召回率/F1' },
  audit: { load: () => import('./cli/audit.js'), help: 'audit FILE.json [--as-of YYYY-MM-DD]：检查督查、借调、一票否决台账' },
  import: { load: () => import('./cli/import.js'), help: 'import inspections|secondments|vetoes FILE：导入台账（CSV 或 XLSX）' },
  console: { load: () => import('./cli/console.js'), help: 'console [--as 姓名] [--in 群名|dm]：本地控制台聊天（可脚本化）' },
  demo: { load: () => import('./cli/demo.js'), help: 'demo：载入演示数据（可重复执行）' },
  report: { load: () => import('./cli/report.js'), help: 'report [--week 2026-W47] [--out DIR]：生成周报（不发送）' },
};

function usage(): string {
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  jianfu ${name.padEnd(8)} ${s.help}`);
  return `用法：jianfu <命令> [参数]\n\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const sub = SUBCOMMANDS[name];
  if (!sub) {
    process.stderr.write(`未知命令「${name}」。\n\n${usage()}`);
    return 2;
  }
  try {
    const mod = await sub.load();
    return await mod.run(rest);
  } catch (err) {
    // Subcommands turn the errors a user can fix into Chinese lines themselves; this is the
    // last net, so that nobody meets a bare stack trace. JIANFU_DEBUG=1 shows the stack.
    const e = err as Error;
    process.stderr.write(`jianfu ${name} 出错：${e.message}\n如果问题持续，请把这条信息和 data/jianfu.log 交给管理员。\n`);
    if (process.env.JIANFU_DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}
