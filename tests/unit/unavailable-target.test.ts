/** /unavailable sends its reader back only to a page of this site, in a form a Location header can carry. */
import { describe, expect, it } from 'vitest';
import { unavailableTarget } from '@/lib/page-read';

/** Where a browser would go from /unavailable when sent `location`. */
const wouldGo = (location: string) => new URL(location, 'https://backchannel.example/unavailable');

describe('unavailableTarget', () => {
  it.each([
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r\nSet-Cookie: x=1'],
    ['//evil.example'],
    ['https://evil.example/'],
    ['/.//evil.example'],
    ['/unavailable?next=/actors'],
    ['/unavailable'],
    [''],
    [null],
  ])('sends %j to the timeline', (next) => {
    expect(unavailableTarget(next)).toBe('/');
  });

  it.each([
    ['/actors', '/actors'],
    ['/?type=meeting', '/?type=meeting'],
    ['/\u2028x', '/%E2%80%A8x'],
    ['/events/é', '/events/%C3%A9'],
  ])('keeps %j as %j', (next, expected) => {
    expect(unavailableTarget(next)).toBe(expected);
  });

  it('answers only what a Location header can carry and a browser keeps on this site', () => {
    for (const next of ['/\\evil.example', '/\u2028/x', '/\u3000/x', '/%E2%80%A8x', '/a b', '/;//x', '/@evil.example']) {
      const target = unavailableTarget(next);
      expect(() => new Headers({ Location: target }), next).not.toThrow();
      expect(target, next).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      expect(wouldGo(target).origin, next).toBe('https://backchannel.example');
    }
  });
});
