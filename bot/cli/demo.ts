// `jianfu demo` — loads the demo data set (a county, townships and departments, a week
// of group messages, registers with breaches, two anonymous reports) into the database.
// Idempotent: running it again adds nothing.
import { loadDemoData } from '../demo/load-demo.js';
import { withDemoChat } from '../demo/demo-config.js';
import { prepare } from './start.js';

export async function run(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write('用法：jianfu demo\n把演示数据（示范县一周的工作群消息、台账、匿名举报）载入数据库；可重复执行，不会重复载入。\n');
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`jianfu demo 不需要参数（收到：${args.join(' ')}）。\n`);
    return 2;
  }
  const prepared = await prepare({ logToFile: false });
  if (typeof prepared === 'number') return prepared;
  const { database, keys, logger } = prepared;
  try {
    const result = await loadDemoData({ database, keys, config: withDemoChat(prepared.config), logger });
    process.stdout.write(
      result.alreadyLoaded
        ? '演示数据此前已载入，本次没有新增内容。\n'
        : `已载入演示数据：${result.messagesAdded} 条工作群消息（发现问题 ${result.messageFindings} 处）、${result.registerRowsAdded} 条台账记录（台账问题 ${result.recordFindings} 项）、${result.reportsAdded} 条匿名举报。\n`,
    );
    return 0;
  } catch (err) {
    logger.error({ err }, 'demo load failed');
    process.stderr.write(`演示数据载入失败：${(err as Error).message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}
