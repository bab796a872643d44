import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file here; migrations run through
// scripts/migrate.ts (see docs/decisions/0001-migrations-with-wasm-schema-engine.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
