import { describe, expect, it } from 'vitest';
import { encodeCursor, eventFilterSchema, eventPageSchema, queryValues } from '@/lib/schemas/event-filter';
import { escapeLike } from '@/lib/data/event-query';

describe('eventFilterSchema', () => {
  it('accepts the documented filters and ignores blanks', () => {
    const parsed = eventFilterSchema.parse({
      actor: 'kirill-dmitriev',
      sector: '',
      type: 'meeting',
      from: '2025-03-01',
      to: '2025-04-30',
      q: ' rare ',
    });
    expect(parsed).toEqual({ actor: ['kirill-dmitriev'], type: ['meeting'], from: '2025-03-01', to: '2025-04-30', q: 'rare' });
  });
  it('takes several values per facet, sorted and de-duplicated, dropping blanks', () => {
    const parsed = eventFilterSchema.parse({ sector: ['energy', 'rare-earths', 'energy', ''], type: ['call', 'meeting'], actor: [''] });
    expect(parsed).toEqual({ sector: ['energy', 'rare-earths'], type: ['call', 'meeting'] });
  });
  it('rejects a facet list if any value is malformed, or if it is absurdly long', () => {
    expect(eventFilterSchema.safeParse({ sector: ['energy', 'Not A Slug'] }).error?.issues[0].path).toEqual(['sector', 1]);
    expect(eventFilterSchema.safeParse({ type: ['call', 'party'] }).success).toBe(false);
    expect(eventFilterSchema.safeParse({ actor: Array.from({ length: 51 }, (_, i) => `a-${i}`) }).success).toBe(false);
    expect(eventFilterSchema.safeParse({ actor: Array.from({ length: 50 }, (_, i) => `a-${i}`) }).success).toBe(true);
  });
  it.each([
    [{ from: '2025-02-30' }, 'from'],
    [{ to: '2025-13-01' }, 'to'],
    [{ from: '03/04/2025' }, 'from'],
    [{ type: 'party' }, 'type'],
    [{ actor: 'Not A Slug' }, 'actor'],
    [{ from: '2025-05-01', to: '2025-04-01' }, 'to'],
  ])('rejects %j on %s', (input, path) => {
    const result = eventFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(path);
  });
});

describe('eventPageSchema', () => {
  it('defaults the limit to 50 and bounds it to 1–100', () => {
    expect(eventPageSchema.parse({}).limit).toBe(50);
    expect(eventPageSchema.parse({ limit: '100' }).limit).toBe(100);
    for (const limit of ['0', '-1', '101', 'abc', '1.5']) expect(eventPageSchema.safeParse({ limit }).success).toBe(false);
  });
  it('round-trips a cursor and rejects a malformed one', () => {
    const cursor = encodeCursor('2025-04-02', 'abc123');
    expect(eventPageSchema.parse({ cursor }).after).toEqual({ date: '2025-04-02', id: 'abc123' });
    for (const bad of ['%%%', 'bm90LWEtY3Vyc29y', encodeCursor('2025-02-30', 'x'), encodeCursor('2025-01-01', "x' OR 1=1")]) {
      expect(eventPageSchema.safeParse({ cursor: bad }).success).toBe(false);
    }
  });
});

describe('helpers', () => {
  it('keeps every value of the repeatable facets and the first value of any other key', () => {
    expect(queryValues(new URLSearchParams('a=1&a=2&b=&sector=x&sector=y&type=call'))).toEqual({
      a: '1',
      b: '',
      sector: ['x', 'y'],
      type: ['call'],
    });
    expect(queryValues({ a: ['x', 'y'], b: undefined, actor: 'one', sector: ['p', 'q'] })).toEqual({
      a: 'x',
      actor: ['one'],
      sector: ['p', 'q'],
    });
  });
  it('escapes LIKE wildcards so a search for "%" finds a literal percent', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
