import { z } from 'zod';

const HOPS_ERROR = 'must be a whole number of reverse proxies in front of the app, 0 (none) to 10';

/** A whole number of …, from a string; blank means "use the default". */
const whole = (min: number, max: number, fallback: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: `must be a whole number of ${what}` })
      .int({ error: `must be a whole number of ${what}` })
      .min(min, { error: `must be ${min} or more` })
      .max(max, { error: `must be ${max} or less` })
      .default(fallback),
  );

/**
 * How the app shares the PostgreSQL server under load. Saves wait up to
 * DATABASE_TX_MAX_WAIT_MS for a pooled connection, then the editor is told the
 * server is busy (nothing saved, input kept) instead of queueing forever.
 */
export const databaseTuningSchema = z.object({
  DATABASE_POOL_SIZE: whole(1, 500, 10, 'connections'),
  DATABASE_TX_MAX_WAIT_MS: whole(100, 120_000, 10_000, 'milliseconds'),
  DATABASE_TX_TIMEOUT_MS: whole(1_000, 600_000, 20_000, 'milliseconds'),
});

export type DatabaseTuning = z.infer<typeof databaseTuningSchema>;

/**
 * Only the database tuning variables, for scripts and tests that open a
 * database without the rest of the app's environment.
 */
export function databaseTuning(source: Record<string, string | undefined> = process.env): DatabaseTuning {
  const parsed = databaseTuningSchema.safeParse(source);
  if (!parsed.success) throw new Error(invalid(parsed.error.issues));
  return parsed.data;
}

function invalid(issues: { path: PropertyKey[]; message: string }[]) {
  const lines = issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`);
  return `Invalid environment: ${lines.join('; ')}. Fix it in your shell or .env file.`;
}

const envSchema = databaseTuningSchema.extend({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Several instances (ADR 7): Next's cache shared in Redis, public reads on read replicas.
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_REPLICA_URLS: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((u) => u.trim())
            .filter(Boolean)
        : [],
    z.array(z.url({ protocol: /^postgres(ql)?$/, error: 'must be comma-separated postgres:// or postgresql:// URLs' })),
  ),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  // Unset, links use the request's host in route handlers and this server's own port in pages (lib/site-url.ts).
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://backchannel.example' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // How many reverse proxies, each appending to X-Forwarded-For, stand in front
  // of the app (ADR 4). A wrong value would key the sign-in limit on an address
  // the client wrote, so anything but a small whole number stops the app.
  TRUSTED_PROXY_HOPS: z.preprocess(
    (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? '0' : v),
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, { error: HOPS_ERROR })
      .transform(Number)
      .pipe(z.number().max(10, { error: HOPS_ERROR })),
  ),
});

// Replicas stream from a PostgreSQL server; the embedded database (PGlite, in process) has none.
const checkedEnvSchema = envSchema.superRefine((value, ctx) => {
  if (value.DATABASE_REPLICA_URLS.length > 0 && !value.DATABASE_URL)
    ctx.addIssue({
      code: 'custom',
      path: ['DATABASE_REPLICA_URLS'],
      message: 'needs DATABASE_URL: read replicas copy a PostgreSQL server, and the embedded database (no DATABASE_URL) cannot have any',
    });
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validated environment; throws one readable line per bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = checkedEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(invalid(parsed.error.issues));
  cached = parsed.data;
  return cached;
}
