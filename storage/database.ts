// The one database type the rest of the code sees. PGlite and postgres.js give different
// drizzle classes; both are PgDatabase underneath, so repositories take `Db` (or a
// transaction, which is also a PgDatabase) and never know which engine they run on.
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Where the data lives: the PGlite directory, or the server URL with the password masked. */
  readonly location: string;
  /** Rows of a raw SQL statement, on either engine (see queryRows). */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Runs raw SQL and returns its rows. `db.execute()` resolves to `{ rows }` on PGlite but to
 * an array-like result on postgres.js; this hides the difference so callers (and
 * transactions, which are Db too) get a plain array either way.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return [...(result as T[])];
  const rows = (result as { rows?: unknown }).rows;
  if (Array.isArray(rows)) return rows as T[];
  throw new Error('Unexpected execute() result shape', { cause: result });
}
