// Runs once before all test files. Storage: builds the migrated PGlite template that
// tests/support/db.ts copies for each test file (a fresh PGlite costs 2–3 s; a copy ~0.3 s),
// and drops PostgreSQL test schemas that killed runs left behind.
import { dropStaleTestSchemas, ensurePgliteTemplate } from './db.js';

export default async function setup(): Promise<void> {
  process.env.TZ = 'UTC';
  await ensurePgliteTemplate();
  await dropStaleTestSchemas();
}
