import { z } from 'zod';

const HOPS_ERROR = 'must be a whole number of reverse proxies in front of the app, 0 (none) to 10';

const envSchema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  SITE_URL: z.url({ error: 'must be an absolute http(s) URL such as https://backchannel.example' }).default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
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

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validated environment; throws one readable line per bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join('; ')}. Fix it in your shell or .env file.`);
  }
  cached = parsed.data;
  return cached;
}
