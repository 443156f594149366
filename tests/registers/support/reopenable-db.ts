// A database that can be closed and opened again (a bot restart), and opened twice at once
// on PostgreSQL (two bot instances). tests/support/db.ts gives throw-away databases that
// vanish on close, so restarts need this.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../storage/database.js';
import { openPglite, openPostgres } from '../../../storage/open-database.js';
import { ensurePgliteTemplate, type TestBackend } from '../../support/db.js';

export interface ReopenableDb {
  open(): Promise<Database>;
  /** Removes the data (after the last close). */
  destroy(): Promise<void>;
}

export async function reopenableDb(backend: TestBackend): Promise<ReopenableDb> {
  if (backend === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const pgSchema = `jfreg_${process.pid}_${randomBytes(4).toString('hex')}`;
    let migrated = false;
    return {
      async open() {
        const db = await openPostgres(url, { pgSchema, maxConnections: 3, migrate: !migrated });
        migrated = true;
        return db;
      },
      async destroy() {
        const db = await openPostgres(url, { migrate: false, maxConnections: 1 });
        try {
          await db.rows(sql.raw(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`));
        } finally {
          await db.close();
        }
      },
    };
  }
  const template = await ensurePgliteTemplate();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jianfu-reg-db-'));
  const dir = path.join(scratch, 'pglite');
  cpSync(template, dir, { recursive: true });
  return {
    open: () => openPglite(dir),
    async destroy() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
