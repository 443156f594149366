// Opens the bot's database: embedded PGlite under the data directory when DATABASE_URL is
// unset, a PostgreSQL server through postgres.js when it is set. Migrations apply on open.
// Nothing here runs at import time; the caller decides when and with which settings.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { drizzle as DrizzlePostgres } from 'drizzle-orm/postgres-js';
import type PostgresFactory from 'postgres';
import { queryRows, type Database, type Db } from './database.js';
import { DatabaseUnavailableError, maskDatabaseUrl } from './database-errors.js';
import { lockPgliteDir } from './pglite-lock.js';
import { registerPostgresDriverFix } from './postgres-driver-fix.js';
import { runMigrations } from './run-migrations.js';
import * as schema from './schema/index.js';

export interface OpenDatabaseOptions {
  /** Data directory; default `JIANFU_DATA_DIR` or "./data". PGlite lives in `<dataDir>/pglite`. */
  dataDir?: string;
  /** PostgreSQL URL; default `DATABASE_URL`. Pass null to force PGlite whatever the env says. */
  databaseUrl?: string | null;
  /** PostgreSQL only: schema to create (if missing) and use via search_path. Default "public". */
  pgSchema?: string;
  /** PostgreSQL only: pool size (default 10). */
  maxConnections?: number;
  /** Skip migrations (the caller knows the database is current, e.g. a migrated template). */
  migrate?: boolean;
  /** PostgreSQL only: application_name of the connections (shows in pg_stat_activity). Default "jianfu". */
  applicationName?: string;
}

export function resolveDataDir(dataDir?: string): string {
  return path.resolve(dataDir ?? process.env.JIANFU_DATA_DIR ?? './data');
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.databaseUrl === undefined ? process.env.DATABASE_URL || undefined : options.databaseUrl || undefined;
  return url ? openPostgres(url, options) : openPglite(path.join(resolveDataDir(options.dataDir), 'pglite'), options);
}

export async function openPglite(dir: string, options: Pick<OpenDatabaseOptions, 'migrate'> = {}): Promise<Database> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockPgliteDir(dir);
  let client: PGlite | undefined;
  try {
    client = new PGlite(dir);
    await client.waitReady;
    const db: Db = drizzlePglite({ client, schema });
    if (options.migrate !== false) await runMigrations(db);
    const opened = client;
    return {
      kind: 'pglite',
      db,
      location: dir,
      rows: (query) => queryRows(db, query),
      close: async () => {
        try {
          await opened.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    await client?.close().catch(() => undefined);
    release();
    throw new Error(`无法打开内置数据库 ${dir}：${(err as Error).message}。请检查数据目录是否完整、可写；必要时备份后删除该目录重新创建。`, {
      cause: err,
    });
  }
}

/** postgres.js and its drizzle driver, imported only after the driver fix is registered
 *  (storage/postgres-driver-fix.ts), and only when a server is actually used. */
async function loadPostgresDriver(): Promise<{ postgres: typeof PostgresFactory; drizzlePostgres: typeof DrizzlePostgres }> {
  registerPostgresDriverFix();
  const [{ default: postgres }, { drizzle: drizzlePostgres }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')]);
  return { postgres, drizzlePostgres };
}

/** Advisory-lock key for migrations: two instances starting together migrate one at a time. */
function migrationLockKey(schemaName: string): bigint {
  return createHash('sha256').update(`jianfu:migrate:${schemaName}`).digest().readBigInt64BE(0);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function openPostgres(
  url: string,
  options: Pick<OpenDatabaseOptions, 'pgSchema' | 'maxConnections' | 'migrate' | 'applicationName'> = {},
): Promise<Database> {
  const { postgres, drizzlePostgres } = await loadPostgresDriver();
  const location = maskDatabaseUrl(url);
  const pgSchema = options.pgSchema ?? 'public';
  const clientOptions = {
    onnotice: () => undefined,
    connect_timeout: 10,
    // postgres.js waits up to 20 s before reconnecting after errors, holding queries that
    // long; a short cap makes an outage fail fast (the spool takes over) and recover fast.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2),
    // The array-type lookup postgres.js runs on connect rejects unhandled when the connection
    // is killed during it; nothing here needs it (arrays travel as literals: bulk-insert.ts).
    fetch_types: false,
    connection: {
      application_name: options.applicationName ?? 'jianfu',
      ...(pgSchema === 'public' ? {} : { search_path: pgSchema }),
    },
  };

  // One dedicated connection for start-up: proves the server is there (the error a user
  // sees at start comes from here), then holds the advisory lock around migrations.
  const setup = postgres(url, { ...clientOptions, max: 1 });
  try {
    try {
      await setup`select 1`;
    } catch (err) {
      throw new DatabaseUnavailableError(location, err);
    }
    if (options.migrate !== false) {
      const key = migrationLockKey(pgSchema);
      await setup`select pg_advisory_lock(${key.toString()}::bigint)`;
      try {
        if (pgSchema !== 'public') await setup.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(pgSchema)}`);
        await runMigrations(drizzlePostgres({ client: setup, schema }) as unknown as Db, { schema: pgSchema });
      } finally {
        await setup`select pg_advisory_unlock(${key.toString()}::bigint)`.catch(() => undefined);
      }
    }
  } finally {
    await setup.end({ timeout: 5 });
  }

  const client = postgres(url, { ...clientOptions, max: options.maxConnections ?? 10 });
  const db: Db = drizzlePostgres({ client, schema });
  return {
    kind: 'postgres',
    db,
    location,
    rows: (query) => queryRows(db, query),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Cheap liveness probe (used by the spool to decide when to replay). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
