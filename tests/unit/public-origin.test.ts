/**
 * The origin the proxy's absolute redirects use (ADR 4): X-Forwarded-Host
 * and -Proto only behind a trusted proxy, a malformed host never thrown on
 * or echoed, SITE_URL when there is no valid host.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function withHops(hops: string) {
  vi.resetModules(); // lib/env.ts caches what it read
  vi.stubEnv('TRUSTED_PROXY_HOPS', hops);
  vi.stubEnv('SITE_URL', 'https://backchannel.example');
  const origin = await import('@/lib/proxy/public-origin');
  const request = await import('@/lib/security/request');
  return { ...origin, ...request };
}

describe('publicOrigin', () => {
  it('with no proxy in front, ignores X-Forwarded-Host and -Proto and uses Host', async () => {
    const { publicOrigin } = await withHops('0');
    const headers = new Headers({ host: 'app.example:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(headers, 'http:')).toBe('http://app.example:3000');
  });

  it('behind a trusted proxy, uses X-Forwarded-Host and -Proto', async () => {
    const { publicOrigin } = await withHops('1');
    const headers = new Headers({ host: '10.0.0.5:3000', 'x-forwarded-host': 'News.Example', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(headers, 'http:')).toBe('https://news.example');
    expect(publicOrigin(new Headers({ host: '10.0.0.5:3000', 'x-forwarded-proto': 'gopher' }), 'http:')).toBe('http://10.0.0.5:3000');
  });

  it.each(['a b', '[', 'evil.example/path', 'evil.example@x', 'x:99999', 'x:port', 'a..b', '-a.example', 'évil.example', 'a b,c'])(
    'falls back to SITE_URL for the malformed host %j, and never throws',
    async (host) => {
      expect((await withHops('0')).publicOrigin(new Headers({ host }), 'http:')).toBe('https://backchannel.example');
      const behindProxy = new Headers({ host: '10.0.0.5:3000', 'x-forwarded-host': host });
      expect((await withHops('1')).publicOrigin(behindProxy, 'http:')).toBe('https://backchannel.example');
    },
  );

  it('falls back to SITE_URL with no host at all', async () => {
    expect((await withHops('0')).publicOrigin(new Headers(), 'http:')).toBe('https://backchannel.example');
  });

  it('accepts IPv4, IPv6 and a port', async () => {
    const { publicOrigin } = await withHops('0');
    expect(publicOrigin(new Headers({ host: '127.0.0.1:3000' }), 'http:')).toBe('http://127.0.0.1:3000');
    expect(publicOrigin(new Headers({ host: '[::1]:8080' }), 'https:')).toBe('https://[::1]:8080');
  });
});

describe('isSameOrigin', () => {
  it('trusts X-Forwarded-Host only behind a trusted proxy', async () => {
    const forged = { origin: 'http://evil.example', host: 'app.example', 'x-forwarded-host': 'evil.example' };
    expect((await withHops('0')).isSameOrigin(new Headers(forged))).toBe(false);
    expect((await withHops('0')).isSameOrigin(new Headers({ ...forged, origin: 'http://app.example' }))).toBe(true);
    expect((await withHops('1')).isSameOrigin(new Headers(forged))).toBe(true);
    expect((await withHops('1')).isSameOrigin(new Headers({ origin: 'https://backchannel.example', 'x-forwarded-host': 'a b' }))).toBe(
      true,
    );
  });
});
