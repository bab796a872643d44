import { z } from 'zod';

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
