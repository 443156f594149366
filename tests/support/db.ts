// Databases for tests. Every test file that needs storage calls `openTestDatabase()` once
// (in beforeAll) and `close()` in afterAll:
//
//   const backends = testBackends();            // ['pglite'] or ['pglite', 'postgres']
//   describe.each(backends)('on %s', (backend) => {
//     let t: TestDatabase;
//     beforeAll(async () => { t = await openTestDatabase({ backend }); });
//     afterAll(() => t.close());
//     it('…', async () => { await someRepository(t.db, { … }); });
//   });
//
// - PGlite (always available): a fresh PGlite costs 2–3 s and ~0.9 GB RSS to create, a
//   reopen ~0.3 s. So the global setup (tests/support/global-setup.ts) migrates ONE template
//   directory per migration set (kept in the OS temp dir, keyed by a hash of
//   storage/migrations, reused across runs), and each call here copies it to a private temp
//   directory and opens that. close() deletes the copy.
// - PostgreSQL (when DATABASE_URL is set, e.g. postgres://postgres@127.0.0.1:5432/test):
//   each call creates its own schema (jft_<pid>_<n>_<random>), runs the migrations into it
//   and points the connection's search_path at it, so test files running in parallel on
//   one server never see each other's rows. close() drops the schema.
// With no `backend` argument you get PostgreSQL when DATABASE_URL is set, else PGlite.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../../storage/database.js';
import { openPglite, openPostgres } from '../../storage/open-database.js';
import { MIGRATIONS_FOLDER } from '../../storage/run-migrations.js';

export type TestBackend = DatabaseKind;

export interface TestDatabase extends Database {
  /** PostgreSQL: the private schema; PGlite: undefined. */
  readonly pgSchema?: string;
}

/** Backends to run storage tests on: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(name).update(readFileSync(full));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

/** Directory of the migrated PGlite template for the current migrations. */
export function pgliteTemplateDir(): string {
  return path.join(os.tmpdir(), `jianfu-pglite-template-${migrationsHash()}`);
}

/** Builds the template if it is missing. Safe when several processes race: each builds
 *  into its own directory and the first rename wins. */
export async function ensurePgliteTemplate(): Promise<string> {
  const target = pgliteTemplateDir();
  if (existsSync(path.join(target, 'PG_VERSION'))) return target;
  const scratch = mkdtempSync(`${target}.build-`);
  const dir = path.join(scratch, 'pglite');
  const database = await openPglite(dir);
  await database.close();
  try {
    renameSync(dir, target);
  } catch (err) {
    if (!existsSync(path.join(target, 'PG_VERSION'))) throw err;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}

let counter = 0;

export async function openTestDatabase(options: { backend?: TestBackend } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const backend = options.backend ?? (url ? 'postgres' : 'pglite');
  if (backend === 'postgres') {
    if (!url) throw new Error('openTestDatabase: backend "postgres" needs DATABASE_URL');
    const pgSchema = `jft_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
    const database = await openPostgres(url, { pgSchema, maxConnections: 4 });
    return {
      ...database,
      pgSchema,
      close: async () => {
        try {
          await database.rows(sqlDropSchema(pgSchema));
        } finally {
          await database.close();
        }
      },
    };
  }
  const template = await ensurePgliteTemplate();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jianfu-test-db-'));
  const dir = path.join(scratch, 'pglite');
  cpSync(template, dir, { recursive: true });
  const database = await openPglite(dir);
  return {
    ...database,
    close: async () => {
      try {
        await database.close();
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}

function sqlDropSchema(name: string) {
  return sql.raw(`DROP SCHEMA IF EXISTS "${name.replace(/"/g, '""')}" CASCADE`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops test schemas left by test processes that died before close() (a killed run).
 *  Only for a server on this machine: the pid in a schema name means nothing elsewhere. */
/** A fresh PostgreSQL test schema and a second pool of its own onto it: two bot instances
 *  sharing one server, for claim and ingest races. `close()` closes both. */
export async function openTwoPostgresInstances(): Promise<{ first: TestDatabase; second: Database; close(): Promise<void> }> {
  const first = await openTestDatabase({ backend: 'postgres' });
  const second = await openPostgres(process.env.DATABASE_URL!, { pgSchema: first.pgSchema!, migrate: false, maxConnections: 4 });
  return {
    first,
    second,
    async close() {
      await second.close();
      await first.close();
    },
  };
}

export async function dropStaleTestSchemas(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname)) return;
  const database = await openPostgres(url, { migrate: false, maxConnections: 1 }).catch(() => undefined);
  if (!database) return; // the tests will report the unreachable server themselves
  try {
    const rows = await database.rows<{ name: string }>(sql`select nspname as name from pg_namespace where nspname like 'jft\_%'`);
    for (const { name } of rows) {
      const pid = Number(/^jft_(\d+)_/.exec(name)?.[1]);
      if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await database.rows(sqlDropSchema(name));
    }
  } finally {
    await database.close();
  }
}
