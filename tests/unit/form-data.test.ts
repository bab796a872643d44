import { describe, expect, it } from 'vitest';
import { fieldErrors, formDataToObject } from '@/lib/forms/form-data';
import { eventInputSchema } from '@/lib/schemas/event';

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe('formDataToObject', () => {
  it('builds nested rows, collects repeated names and drops blank rows', () => {
    const value = formDataToObject(
      form([
        ['title', 'T'],
        ['actors[0].actor', 'a'],
        ['actors[0].role', 'host'],
        ['actors[1].actor', ''],
        ['actors[1].role', ''],
        ['sectors', 'energy'],
        ['sectors', 'space'],
        ['newSource.title', 'X'],
        ['$ACTION_ID_abc', ''],
      ]),
    );
    expect(value).toEqual({ title: 'T', actors: [{ actor: 'a', role: 'host' }], sectors: ['energy', 'space'], newSource: { title: 'X' } });
  });

  it('ignores hostile names instead of following them into prototypes or throwing', () => {
    const value = formDataToObject(
      form([
        ['name', 'kept'],
        ['name.x', 'nested under text'],
        ['slug', 'text first'],
        ['slug[0]', 'index under text'],
        ['__proto__.polluted', 'yes'],
        ['constructor.prototype.polluted', 'yes'],
        ['rows[0].__proto__', 'x'],
        ['toString.x', 'y'],
        ['nul', 'a\u0000b'],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[0]).toBeUndefined();
    expect(value.name).toBe('kept');
    expect(value.nul).toBe('ab');
    expect(value.slug).toBe('text first');
    expect(Object.keys(value).sort()).toEqual(['name', 'nul', 'slug', 'toString']);
  });

  it('feeds the event schema, which refuses publishing without a citation', () => {
    const value = formDataToObject(
      form([
        ['title', 'A meeting'],
        ['slug', 'a-meeting'],
        ['type', 'meeting'],
        ['startDate', '2025-03-18'],
        ['precision', 'day'],
        ['summary', 'Who met whom.'],
        ['status', 'published'],
        ['sectors', 'energy'],
        ['newSource.kind', 'news'],
        ['newSource.publishedPrecision', 'day'],
      ]),
    );
    const result = eventInputSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!.issues)).toEqual({ citations: ['An event cannot be published without at least one citation'] });
    const draft = eventInputSchema.parse({ ...value, status: 'draft' });
    expect(draft.sectors).toEqual(['energy']);
    expect(draft.newSource).toBeUndefined();
  });

  it('refuses a month-precision date that is not the first of the month', () => {
    const result = eventInputSchema.safeParse({
      title: 'x',
      slug: 'x',
      type: 'call',
      startDate: '2025-03-18',
      precision: 'month',
      summary: 's',
      status: 'draft',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['startDate']);
  });
});
