import { describe, expect, it } from 'vitest';
import { cachedViewKey, cachedViewPath, queryOfViewKey } from '@/lib/timeline/cached-view';

const key = (query: string) => cachedViewKey(new URLSearchParams(query));

describe('which views of / come from the cache', () => {
  it('caches the unfiltered timeline and one value of one facet, in either order', () => {
    expect(key('')).toBe('all');
    expect(key('sort=desc')).toBe('all');
    expect(key('sort=asc')).toBe('sort=asc');
    expect(key('sector=rare-earths')).toBe('sector=rare-earths');
    expect(key('sort=asc&type=meeting')).toBe('type=meeting&sort=asc');
    expect(key('actor=kirill-dmitriev')).toBe('actor=kirill-dmitriev');
    // The router's cache-busting parameter names no part of the view.
    expect(key('_rsc=abc12&sector=energy')).toBe('sector=energy');
  });

  it('renders everything else per request', () => {
    for (const query of [
      'q=rare+earths',
      'sector=a&sector=b',
      'sector=energy&type=meeting',
      'from=2025-01-01',
      'view=2025-01-01..2025-02-01',
      'after=abc',
      'sort=sideways',
      'sort=asc&sort=desc',
      'type=not-a-type',
      'sector=Not%20A%20Slug',
      'sector=',
      `sector=${'a'.repeat(121)}`,
      'utm_source=chat',
    ])
      expect(key(query), query).toBeNull();
  });

  it('reads back only the keys it gives, so the cache holds no other entries', () => {
    expect(queryOfViewKey('all')).toEqual({});
    expect(queryOfViewKey('type=meeting&sort=asc')).toEqual({ type: 'meeting', sort: 'asc' });
    for (const bad of ['', 'sort=asc&type=meeting', 'sort=desc', 'q=x', 'sector=a&sector=b', 'everything'])
      expect(queryOfViewKey(bad), bad).toBeNull();
    expect(cachedViewPath('sector=energy')).toBe('/timeline/cached/sector%3Denergy');
  });
});
