import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('environment validation', () => {
  it('names the bad variable and what to do', async () => {
    vi.stubEnv('DATABASE_URL', 'mysql://localhost/db');
    const { env } = await import('@/lib/env');
    expect(() => env()).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });
  it('treats an empty DATABASE_URL as unset (the embedded database)', async () => {
    vi.stubEnv('DATABASE_URL', '');
    const { env } = await import('@/lib/env');
    expect(env().DATABASE_URL).toBeUndefined();
  });
  it('validates LOG_LEVEL and defaults it to info', async () => {
    vi.stubEnv('LOG_LEVEL', 'verbose');
    let { env } = await import('@/lib/env');
    expect(() => env()).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    vi.resetModules();
    vi.stubEnv('LOG_LEVEL', 'debug');
    ({ env } = await import('@/lib/env'));
    expect(env().LOG_LEVEL).toBe('debug');
    vi.resetModules();
    vi.stubEnv('LOG_LEVEL', undefined);
    ({ env } = await import('@/lib/env'));
    expect(env().LOG_LEVEL).toBe('info');
  });
});
