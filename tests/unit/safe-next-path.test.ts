/** The post-sign-in destination stays on this site however a browser would normalise it. */
import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/schemas/auth';

/** Where a browser would go from a page on this site when sent `location`. */
const wouldGo = (location: string) => new URL(location, 'https://backchannel.example/sign-in');

describe('safeNextPath', () => {
  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    '\t//evil.example',
    '//evil.example',
    '/\\evil.example',
    '/x\\..\\..\\/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/a/..//evil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%5C/evil.example',
    '/%09/evil.example',
    '/admin\r\nSet-Cookie: x=1',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
    `/${'a'.repeat(600)}`,
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBe('/admin');
  });

  it('refuses what is not one string (a repeated query parameter arrives as an array)', () => {
    for (const next of [undefined, null, ['/a', '/b'], 42, {}]) expect(safeNextPath(next)).toBe('/admin');
  });

  it.each([
    ['/admin/events?status=draft', '/admin/events?status=draft'],
    ['/admin#top', '/admin#top'],
    ['/admin/./events/../actors', '/admin/actors'],
    ['/admin/événements', '/admin/%C3%A9v%C3%A9nements'],
    ['/admin/\uff0fevil.example', '/admin/%EF%BC%8Fevil.example'],
    ['/admin?q=a b', '/admin?q=a%20b'],
  ])('keeps %j as the normalised, ASCII-only %j', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('never answers anything a browser would take off-site', () => {
    const tricky = [
      '/\t/x',
      '/ /x',
      '/\u3000/x',
      '/\u2028/x',
      '/%E3%80%80/x',
      '/.%2e//x',
      '/%2e%2e//x',
      '/;//x',
      '/?//x',
      '/#//x',
      '/@evil.example',
    ];
    for (const next of tricky) {
      const answer = safeNextPath(next);
      expect(answer, next).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      expect(wouldGo(answer).origin, next).toBe('https://backchannel.example');
    }
  });
});
