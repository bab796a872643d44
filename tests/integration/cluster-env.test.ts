import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function envWith(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  const { env } = await import('@/lib/env');
  return env;
}

describe('the several-instances environment (ADR 7)', () => {
  it('runs as before with neither REDIS_URL nor DATABASE_REPLICA_URLS, embedded database included', async () => {
    const env = await envWith({ DATABASE_URL: '', REDIS_URL: undefined, DATABASE_REPLICA_URLS: undefined });
    expect(env().DATABASE_URL).toBeUndefined();
    expect(env().REDIS_URL).toBeUndefined();
    expect(env().DATABASE_REPLICA_URLS).toEqual([]);
  });

  it('accepts redis:// and rediss:// and names anything else', async () => {
    expect((await envWith({ REDIS_URL: 'rediss://cache.example:6380' }))().REDIS_URL).toBe('rediss://cache.example:6380');
    vi.resetModules();
    const env = await envWith({ REDIS_URL: 'http://cache.example' });
    expect(() => env()).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('splits DATABASE_REPLICA_URLS on commas and checks each one', async () => {
    const env = await envWith({
      DATABASE_URL: 'postgresql://app@primary/backchannel',
      DATABASE_REPLICA_URLS: ' postgresql://app@replica-1/backchannel, postgres://app@replica-2/backchannel ,',
    });
    expect(env().DATABASE_REPLICA_URLS).toEqual(['postgresql://app@replica-1/backchannel', 'postgres://app@replica-2/backchannel']);
    vi.resetModules();
    const bad = await envWith({ DATABASE_REPLICA_URLS: 'postgresql://app@replica-1/backchannel,mysql://replica-2/db' });
    expect(() => bad()).toThrow(/DATABASE_REPLICA_URLS\.1 must be comma-separated postgres:\/\/ or postgresql:\/\/ URLs/);
  });

  it('refuses replicas for the embedded database, saying why', async () => {
    const env = await envWith({ DATABASE_URL: '', DATABASE_REPLICA_URLS: 'postgresql://app@replica-1/backchannel' });
    expect(() => env()).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL: .*the embedded database .* cannot have any/);
  });
});
