/**
 * Prisma's WebAssembly schema engine, driven through a driver adapter. The
 * Prisma 7 CLI downloads a native engine before migrating, which this
 * project's machines cannot reach; the wasm engine does the same work and
 * writes the same `_prisma_migrations` table, so `prisma migrate deploy`
 * accepts the database wherever the native engine is available.
 * See docs/decisions/0001-migrations-with-wasm-schema-engine.md.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as Engine from '@prisma/schema-engine-wasm';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

type Glue = typeof Engine & { __wbg_set_wasm(exports: unknown): void };

// The glue module is shared by every copy of this module in the process (test
// runners and bundlers may load this file more than once), and instantiating
// it twice swaps the wasm memory under a running engine. So the instance, and
// a queue that runs one engine at a time, live on globalThis.
const shared = globalThis as unknown as { backchannelSchemaEngine?: { glue: Promise<Glue>; queue: Promise<unknown> } };

async function loadGlue(): Promise<Glue> {
  // The package's own entry imports the .wasm file as an ES module, which
  // Node cannot do; instantiate it by hand from the wasm-bindgen glue instead.
  // The path is resolved from the project root because bundlers rewrite
  // require.resolve.
  const glue = engineGlue as unknown as Glue;
  const bytes = readFileSync(path.join(process.cwd(), 'node_modules', '@prisma', 'schema-engine-wasm', 'schema_engine_bg.wasm'));
  const compiled = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(compiled, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return glue;
}

export const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');
const schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma');
const noFilters = { externalTables: [], externalEnums: [] };

export function readMigrationsList(dir = migrationsDir): Engine.MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = existsSync(/*turbopackIgnore: true*/ dir)
    ? readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(/*turbopackIgnore: true*/ lockPath) ? readFileSync(/*turbopackIgnore: true*/ lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  } as Engine.MigrationList;
}

/**
 * Starts compiling the engine in the background (WebAssembly compiles off the
 * main thread), so that it is ready when migrations run; for callers that know
 * migrations will run, such as a new embedded database.
 */
export function preloadSchemaEngine() {
  shared.backchannelSchemaEngine ??= { glue: loadGlue(), queue: Promise.resolve() };
  shared.backchannelSchemaEngine.glue.catch(() => undefined);
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: Engine.SchemaEngine) => Promise<T>,
): Promise<T> {
  shared.backchannelSchemaEngine ??= { glue: loadGlue(), queue: Promise.resolve() };
  const state = shared.backchannelSchemaEngine;
  const run = state.queue.then(async () => {
    const glue = await state.glue;
    const log = () => {};
    const engine = await glue.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory) as never);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  });
  state.queue = run.catch(() => undefined);
  return run;
}

/** Applies pending migrations (what `prisma migrate deploy` does); returns their names. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, dir = migrationsDir): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(dir), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database migrated to `dir` to the Prisma schema, or null
 * when they already match. `factory` must point at a scratch database that
 * has had exactly the migrations in `dir` applied.
 */
export async function diffSchemaAgainstDatabase(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFile = schemaPath,
): Promise<string | null> {
  const files = [{ path: schemaFile, content: readFileSync(/*turbopackIgnore: true*/ schemaFile, 'utf8') }];
  return withEngine(factory, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaFile) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: noFilters,
    } as Engine.DiffParams);
    return result.exitCode === 0 ? null : (result.stdout ?? '');
  });
}
