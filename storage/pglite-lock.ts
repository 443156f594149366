// PGlite is a single-process database: two processes writing one data directory corrupt
// it. A lock file beside the directory turns that into a clear error instead.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

const heldInThisProcess = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws a Chinese error naming the holder; returns the release function. */
export function lockPgliteDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  if (heldInThisProcess.has(lockPath)) {
    throw new Error(`内置数据库 ${dir} 已在本进程中打开，请复用已打开的连接。`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldInThisProcess.add(lockPath);
      return () => {
        heldInThisProcess.delete(lockPath);
        try {
          unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`无法在 ${lockPath} 创建锁文件，请检查数据目录的写权限。`, { cause: err });
      }
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        throw new Error(
          `内置数据库 ${dir} 正被另一个进程（PID ${holder}）使用。请先停止该进程；如需同时运行多个实例，请设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
        );
      }
      // A stale lock from a process that died: take it over.
      unlinkSync(lockPath);
    }
  }
  throw new Error(`无法获得内置数据库 ${dir} 的锁，请稍后重试。`);
}
