// Turning connection failures into sentences an operator can act on. The URL is shown with
// its password masked: these messages end up in logs and on terminals.

/** "postgres://user:***@host:5432/db" — no password, no query string (it may hold one too). */
export function maskDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}${u.password ? ':***' : ''}@` : '';
    return `${u.protocol}//${user}${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return url.replace(/(\/\/[^:@/]*):[^@/]*@/, '$1:***@').replace(/\?.*$/, '');
  }
}

interface Explained {
  reason: string;
  advice: string;
}

const DEFAULT_ADVICE = '请确认数据库已启动，或删除 DATABASE_URL 改用内置数据库。';

/** The driver's error code, looking through drizzle's wrapper (DrizzleQueryError keeps the
 *  driver error as `cause`) and Node's AggregateError (a host with several addresses). */
export function errorCode(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 5) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code !== 'DATABASE_UNAVAILABLE') return code;
  const inner = (err as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.length > 0) return errorCode(inner[0], depth + 1);
  return errorCode((err as { cause?: unknown }).cause, depth + 1);
}

export function explainConnectionError(err: unknown): Explained {
  switch (errorCode(err)) {
    case 'ECONNREFUSED':
      return { reason: '连接被拒绝', advice: DEFAULT_ADVICE };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { reason: '找不到该主机', advice: '请检查 DATABASE_URL 中的主机名，或删除 DATABASE_URL 改用内置数据库。' };
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
      return { reason: '连接超时', advice: '请检查网络和防火墙，确认数据库已启动，或删除 DATABASE_URL 改用内置数据库。' };
    case 'ECONNRESET':
    case 'CONNECTION_CLOSED':
    case 'CONNECTION_ENDED':
    case 'CONNECTION_DESTROYED':
      return { reason: '连接被中断', advice: DEFAULT_ADVICE };
    case '28P01':
    case '28000':
      return { reason: '用户名或密码不正确', advice: '请检查 DATABASE_URL 中的用户名和密码。' };
    case '3D000':
      return { reason: '数据库不存在', advice: '请先创建该数据库（例如 createdb），或检查 DATABASE_URL 中的数据库名。' };
    case '57P03':
      return { reason: '数据库正在启动或关闭', advice: '请稍后重试。' };
    case '53300':
      return { reason: '数据库连接数已满', advice: '请减少其他连接，或调大服务器的 max_connections。' };
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return { reason: message, advice: DEFAULT_ADVICE };
    }
  }
}

/** Thrown by openDatabase when the server cannot be reached at start; the CLI exits non-zero. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(
    readonly location: string,
    cause: unknown,
  ) {
    const { reason, advice } = explainConnectionError(cause);
    super(`无法连接数据库 ${location}：${reason}。${advice}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** SQLSTATE classes and client codes that mean "the database is not reachable right now",
 *  as opposed to a statement the database rejected. The spool keys on this. */
export function isConnectionError(err: unknown): boolean {
  const code = errorCode(err);
  if (!code) return false;
  if (/^08/.test(code)) return true; // connection exception
  if (code === '57P01' || code === '57P02' || code === '57P03') return true; // admin shutdown, crash shutdown, cannot connect now
  return [
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'CONNECT_TIMEOUT',
    'CONNECTION_CLOSED',
    'CONNECTION_ENDED',
    'CONNECTION_DESTROYED',
  ].includes(code);
}
