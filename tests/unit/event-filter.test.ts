import { describe, expect, it } from 'vitest';
import { encodeCursor, eventFilterSchema, eventPageSchema, firstValues } from '@/lib/schemas/event-filter';
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
    expect(parsed).toEqual({ actor: 'kirill-dmitriev', type: 'meeting', from: '2025-03-01', to: '2025-04-30', q: 'rare' });
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
    expect(result.error?.issues[0].path).toEqual([path]);
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
  it('takes the first value of repeated query keys', () => {
    expect(firstValues(new URLSearchParams('a=1&a=2&b='))).toEqual({ a: '1', b: '' });
    expect(firstValues({ a: ['x', 'y'], b: undefined })).toEqual({ a: 'x' });
  });
  it('escapes LIKE wildcards so a search for "%" finds a literal percent', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
