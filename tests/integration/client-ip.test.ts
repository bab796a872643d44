/**
 * The address the sign-in limit counts (ADR 4): never an entry the client
 * chose, whatever TRUSTED_PROXY_HOPS says; and the variable itself is
 * validated at start-up. The real-server side is tests/e2e/proxy-gate.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function ipWith(hops: string | undefined, xff: string | null) {
  vi.resetModules(); // lib/env.ts caches what it read
  vi.unstubAllEnvs();
  if (hops !== undefined) vi.stubEnv('TRUSTED_PROXY_HOPS', hops);
  const { clientIp } = await import('@/lib/security/request');
  return clientIp(new Headers(xff === null ? {} : { 'x-forwarded-for': xff }));
}

describe('clientIp', () => {
  it('with no proxy, takes the one address Next set from the socket, and distrusts a list', async () => {
    expect(await ipWith(undefined, '127.0.0.1')).toBe('127.0.0.1');
    expect(await ipWith('0', '198.51.100.4')).toBe('198.51.100.4');
    // Next writes one address; a list was written by the client.
    expect(await ipWith('0', '203.0.113.9, 198.51.100.4')).toBe('untrusted');
    expect(await ipWith('0', null)).toBe('untrusted');
  });

  it('behind N proxies, takes the Nth entry from the end, whatever the client put before it', async () => {
    expect(await ipWith('1', '203.0.113.9')).toBe('203.0.113.9');
    expect(await ipWith('1', 'forged, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipWith('2', 'forged, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    expect(await ipWith('2', 'a, b, c, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
  });

  it('never falls back to a client-controlled entry when the chain is shorter than the proxies configured', async () => {
    expect(await ipWith('3', 'forged, 10.0.0.2')).toBe('untrusted');
    expect(await ipWith('2', '10.0.0.2')).toBe('untrusted');
    expect(await ipWith('1', null)).toBe('untrusted');
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it.each(['-1', '1.5', 'two', '11', '1e1', '0x1'])('stops the app on %j with a readable message', async (value) => {
    vi.stubEnv('TRUSTED_PROXY_HOPS', value);
    const { env } = await import('@/lib/env');
    expect(() => env()).toThrow(/TRUSTED_PROXY_HOPS must be a whole number of reverse proxies in front of the app, 0 \(none\) to 10/);
  });

  it('defaults to 0 when unset or empty, and reads whole numbers', async () => {
    for (const [value, expected] of [
      [undefined, 0],
      ['', 0],
      [' 2 ', 2],
      ['10', 10],
    ] as const) {
      vi.resetModules();
      vi.unstubAllEnvs();
      if (value === undefined) vi.stubEnv('TRUSTED_PROXY_HOPS', undefined as unknown as string);
      else vi.stubEnv('TRUSTED_PROXY_HOPS', value);
      const { env } = await import('@/lib/env');
      expect(env().TRUSTED_PROXY_HOPS).toBe(expected);
    }
  });
});
