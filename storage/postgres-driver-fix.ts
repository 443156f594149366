// A load-time fix for a known postgres.js 3.4.9 defect (porsager/postgres#1154, #1208; fix
// proposed in PRs #1168/#1176/#1209, not released): when a connection closes while a small
// write is buffered, (1) a pending setImmediate calls socket.write on a null socket and the
// TypeError escapes every try/catch and kills the process, and (2) the write timer is
// cleared but never reset, so the reused connection object never flushes again and every
// later query on it hangs. Both happened here when a test cut the server's connections —
// exactly the "database goes down while running" case the spool exists for.
//
// The hook rewrites three statements of postgres/src/connection.js as it is loaded: the
// guard from those PRs (reject the in-flight queries with CONNECTION_CLOSED instead of
// throwing) and resetting the timer and buffer on close. If the text is not found (a fixed
// postgres.js), the module loads unchanged. Registered before storage first imports
// 'postgres'; nothing else in the project imports it.
import { register } from 'node:module';

const HOOK = `
const TARGET = /[\\\\/]node_modules[\\\\/]postgres[\\\\/](?:cjs[\\\\/])?src[\\\\/]connection\\.js$/;
export async function load(url, context, next) {
  const result = await next(url, context);
  if (!TARGET.test(url) || result.source == null) return result;
  let source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  source = source
    .replace(
      'function nextWrite(fn) {\\n    const x = socket.write(chunk, fn)',
      "function nextWrite(fn) {\\n    if (!socket) { nextWriteTimer !== null && clearImmediate(nextWriteTimer); chunk = nextWriteTimer = null; error(Errors.connection('CONNECTION_CLOSED', options)); return false }\\n    const x = socket.write(chunk, fn)",
    )
    .replace(/\\n    clearImmediate\\(nextWriteTimer\\)\\n/g, '\\n    clearImmediate(nextWriteTimer); nextWriteTimer = null; chunk = null\\n');
  return { ...result, source };
}
`;

let registered = false;

export function registerPostgresDriverFix(): void {
  if (registered) return;
  registered = true;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
}
