// Applies the committed SQL migrations (storage/migrations, written by drizzle-kit) on
// either engine. drizzle's per-driver migrators do the same thing; going through the
// dialect directly lets one function serve both drivers and lets the migrations run into
// a schema other than "public" (tests isolate themselves that way on a shared server):
// drizzle-kit qualifies foreign-key targets with "public", which we rewrite.
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export async function runMigrations(db: Db, options: { schema?: string } = {}): Promise<void> {
  const schema = options.schema ?? 'public';
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  if (schema !== 'public') {
    const target = `"${schema.replace(/"/g, '""')}".`;
    for (const m of migrations) m.sql = m.sql.map((s) => s.replaceAll('"public".', target));
  }
  const session = db._.session as unknown as Parameters<PgDialect['migrate']>[1];
  await new PgDialect().migrate(migrations, session, {
    migrationsFolder: MIGRATIONS_FOLDER,
    // The bookkeeping table lives beside the tables, so a dropped test schema takes it along.
    migrationsSchema: schema === 'public' ? 'drizzle' : schema,
  });
}
