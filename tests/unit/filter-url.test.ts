import { describe, expect, it } from 'vitest';
import { filterSearch, filterSearchOf, keptOf, timelineHref } from '@/lib/filter-url';
import { hrefWith } from '@/lib/url';
import { matchSentence, plural } from '@/lib/plural';

describe('filter links', () => {
  it('repeats a key for each value of a facet and leaves empty values out', () => {
    expect(hrefWith('/', { sector: ['a', 'b'], actor: [], q: '', type: undefined, from: '2025-01-01' })).toBe(
      '/?sector=a&sector=b&from=2025-01-01',
    );
  });

  it('keeps sort, view and zoom, and drops the list cursors, when a filter changes', () => {
    const kept = keptOf({
      sort: 'asc',
      view: '2025-01-01..2025-12-31',
      zoom: 'month',
      after: 'abc',
      before: 'x',
      at: '2025-03-01',
      cursor: 'c',
    });
    expect(kept).toEqual({ sort: 'asc', view: '2025-01-01..2025-12-31', zoom: 'month' });
    const href = timelineHref({ sector: ['a', 'b'], type: ['call'] }, kept, { sector: ['b'] });
    const url = new URL(href, 'http://x');
    expect(url.searchParams.getAll('sector')).toEqual(['b']);
    expect(url.searchParams.get('type')).toBe('call');
    expect(url.searchParams.get('sort')).toBe('asc');
    for (const key of ['after', 'before', 'at', 'cursor']) expect(url.searchParams.has(key)).toBe(false);
  });

  it('gives the export query of the filters only', () => {
    expect(filterSearch({ sector: ['a', 'b'], q: 'x y' })).toBe('q=x+y&sector=a&sector=b');
    expect(filterSearchOf(new URLSearchParams('sector=a&sort=asc&view=1..2&sector=b&q=&type=call'))).toBe('sector=a&sector=b&type=call');
  });
});

describe('counts in English', () => {
  it('agrees the noun and the verb with the number', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'proposal')).toBe('0 proposals');
    expect(plural(1200, 'figure')).toBe('1,200 figures');
    expect(matchSentence(1, true)).toBe('1 event matches the filters');
    expect(matchSentence(3, true)).toBe('3 events match the filters');
    expect(matchSentence(0, true)).toBe('No events match the filters');
    expect(matchSentence(1, false)).toBe('1 event');
    expect(matchSentence(42, false)).toBe('42 events');
  });
});
