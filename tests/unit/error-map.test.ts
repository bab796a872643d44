/**
 * One error map for the app (lib/schemas/error-map.ts): whatever bad input a
 * form or URL sends, no zod default text ("Too small: expected string to
 * have >=1 characters", "Invalid input: expected …") reaches a user, and a
 * field gets one message.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from '@/lib/forms/form-data';
import { humanMessage } from '@/lib/schemas/error-map';
import { slugSchema } from '@/lib/schemas/common';

// zod 4's English defaults all start like this or carry its comparison notation.
const RAW = /^(Invalid|Too small|Too big|Unrecognized key|Expected|Required$)|expected (string|number|array|object|boolean)|[<>]=?\d/;

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x'.repeat(5000),
  'Кирилл Дмитриев',
  '2025-02-30',
  'not a url',
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  ['a', 'b'],
  [{ x: 1 }],
  {},
  { nested: { deep: 1 } },
];

type Schema = z.ZodType;

/** Every zod schema exported by lib/schemas/**. */
async function appSchemas(): Promise<[string, Schema][]> {
  const dir = path.join(process.cwd(), 'lib/schemas');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  const out: [string, Schema][] = [];
  for (const file of files) {
    const mod = (await import(`@/lib/schemas/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) out.push([`${file}:${name}`, value]);
  }
  return out;
}

/** Bad inputs for a schema: whole values, and for objects each key set to each bad value (the rest blank). */
function badInputs(schema: Schema): unknown[] {
  const inputs: unknown[] = [...BAD_VALUES];
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) {
    for (const key of Object.keys(shape)) for (const value of BAD_VALUES) inputs.push({ [key]: value });
    inputs.push(Object.fromEntries(Object.keys(shape).map((k) => [k, 'x'.repeat(5000)])));
    inputs.push(Object.fromEntries(Object.keys(shape).map((k) => [k, [{ a: 1 }]])));
  }
  return inputs;
}

describe('the error map', () => {
  it('words every message of every app schema for people', async () => {
    const schemas = await appSchemas();
    expect(schemas.length).toBeGreaterThan(20);
    const raw: string[] = [];
    let checked = 0;
    for (const [name, schema] of schemas) {
      for (const input of badInputs(schema)) {
        let result;
        try {
          result = schema.safeParse(input);
        } catch {
          continue; // a transform that needs valid input is not a message
        }
        if (result.success) continue;
        for (const issue of result.error.issues) {
          checked++;
          if (RAW.test(issue.message)) raw.push(`${name} ${JSON.stringify(input)?.slice(0, 80)} → ${issue.message}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    const byMessage = new Map(raw.map((r) => [r.split(' → ')[1], r]));
    expect([...byMessage.values()]).toEqual([]);
  });

  it('fills in for schemas that give no message of their own', () => {
    const schema = z.object({ name: z.string().min(3), tags: z.array(z.string()).max(1), kind: z.enum(['a', 'b']), n: z.number().int() });
    const result = schema.safeParse({ name: 'x', tags: ['a', 'b'], kind: 'c', n: 'seven' });
    expect(fieldErrors(result.error!.issues)).toEqual({
      name: ['Use at least 3 characters'],
      tags: ['Use at most 1 item'],
      kind: ['Choose one of the options offered'],
      n: ['Enter a number'],
    });
    expect(z.object({ title: z.string() }).safeParse({}).error!.issues[0].message).toBe('This field is required');
  });

  it('gives one message per field, the first', () => {
    // An empty slug fails both its length and its pattern rule: the editor reads one sentence.
    const result = z.object({ slug: slugSchema }).safeParse({ slug: '' });
    expect(result.error!.issues.length).toBeGreaterThan(1);
    expect(fieldErrors(result.error!.issues)).toEqual({ slug: ['Enter a slug'] });
  });

  it('has a human sentence for each issue code', () => {
    const codes = [
      { code: 'invalid_type', expected: 'string', input: 5 },
      { code: 'too_small', origin: 'string', minimum: 1, input: '' },
      { code: 'too_big', origin: 'number', maximum: 10, input: 11 },
      { code: 'invalid_format', format: 'url', input: 'x' },
      { code: 'not_multiple_of', divisor: 5, input: 3 },
      { code: 'invalid_value', values: ['a'], input: 'b' },
      { code: 'invalid_union', errors: [], input: 1 },
      { code: 'unrecognized_keys', keys: ['x'], input: {} },
      { code: 'invalid_key', origin: 'map', issues: [], input: {} },
      { code: 'invalid_element', origin: 'set', key: 1, issues: [], input: {} },
      { code: 'custom', input: 1 },
    ] as unknown as Parameters<typeof humanMessage>[0][];
    for (const issue of codes) expect(humanMessage(issue)).toMatch(/^[A-Z][a-z]/);
    for (const issue of codes) expect(humanMessage(issue)).not.toMatch(RAW);
  });
});

describe('echo: what a message repeats of the input', () => {
  it('keeps a short text whole and cuts a long one to 60 characters and "…"', async () => {
    const { echo } = await import('@/lib/schemas/error-map');
    expect(echo('Kirill  Dmitriev ')).toBe('Kirill Dmitriev');
    const long = 'x'.repeat(10_000);
    expect(echo(long)).toBe(`${'x'.repeat(60)}…`);
    // Whole code points: an emoji at the cut is not split into half a surrogate pair.
    expect(echo('😀'.repeat(100))).toBe(`${'😀'.repeat(60)}…`);
  });
});
