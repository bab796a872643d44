import { describe, expect, it } from 'vitest';
import { encodeCursor, eventPageSchema, timelinePageSchema } from '@/lib/schemas/event-filter';
import { hrefChanging, queryOf } from '@/lib/page-query';

const cursor = encodeCursor('2025-04-02', 'abc123');
const decoded = { date: '2025-04-02', id: 'abc123' };

describe('timelinePageSchema (the position of the list on /)', () => {
  it('is newest first by default, and reads after, before and at', () => {
    expect(timelinePageSchema.parse({})).toEqual({ sort: 'desc', after: undefined, before: undefined, at: undefined });
    expect(timelinePageSchema.parse({ sort: 'asc', after: cursor })).toMatchObject({ sort: 'asc', after: decoded });
    expect(timelinePageSchema.parse({ before: cursor })).toMatchObject({ sort: 'desc', before: decoded });
    expect(timelinePageSchema.parse({ at: '2025-03-01', sort: '' })).toMatchObject({ sort: 'desc', at: '2025-03-01' });
  });

  it('reads the old `cursor` as `after`, in the oldest-first order it was made in unless told otherwise', () => {
    expect(timelinePageSchema.parse({ cursor })).toMatchObject({ sort: 'asc', after: decoded });
    expect(timelinePageSchema.parse({ cursor, sort: 'desc' })).toMatchObject({ sort: 'desc', after: decoded });
  });

  it.each([
    [{ sort: 'newest' }, 'sort'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ before: encodeCursor('2025-02-30', 'x') }, 'before'],
    [{ at: '2025-02-30' }, 'at'],
    [{ at: '1 March 2025' }, 'at'],
    [{ after: cursor, before: cursor }, 'before'],
    [{ at: '2025-03-01', cursor }, 'before'],
  ])('refuses %j (issue on %s)', (input, path) => {
    const result = timelinePageSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([path]);
  });
});

describe('eventPageSchema (the API)', () => {
  it('keeps oldest first as the default and takes sort=desc', () => {
    expect(eventPageSchema.parse({ cursor })).toEqual({ limit: 50, sort: 'asc', after: decoded });
    expect(eventPageSchema.parse({ sort: 'desc', limit: '5' })).toEqual({ limit: 5, sort: 'desc', after: undefined });
    expect(eventPageSchema.safeParse({ sort: 'DESC' }).error?.issues[0].path).toEqual(['sort']);
  });
});

describe('page links', () => {
  it('keep every value of repeated keys and change only what they say', () => {
    const base = queryOf({ sector: ['a', 'b'], q: 'rare earths', after: cursor, empty: undefined });
    expect(hrefChanging('/', base, { after: undefined, before: 'x' })).toBe('/?sector=a&sector=b&q=rare+earths&before=x');
    expect(hrefChanging('/', queryOf({}), { sort: undefined })).toBe('/');
  });
});
