// drizzle-kit reads the schema and writes SQL migrations into storage/migrations
// (`npm run db:generate`). The generated files are committed and applied on start by
// storage/open-database.ts; no database connection is needed to generate them.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './storage/schema/index.ts',
  out: './storage/migrations',
});
