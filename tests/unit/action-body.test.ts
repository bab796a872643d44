import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, actionFieldsProblem, refuseBadActionBody } from '@/lib/proxy/action-body';

const id = 'a0'.repeat(21);
const fd = (fields: [string, string | Blob][]) => {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
};
// What React renders for a form bound to useActionState (see the e2e test for a real one).
const good: [string, string][] = [
  ['$ACTION_REF_1', ''],
  ['$ACTION_1:0', `{"id":"${id}","bound":"$@1"}`],
  ['$ACTION_1:1', '[{"status":"idle"}]'],
  ['$ACTION_KEY', 'k123'],
  ['slug', 'x'],
];

describe('actionFieldsProblem', () => {
  it('accepts the fields React writes, bound or not, and forms without any', () => {
    expect(actionFieldsProblem(fd(good))).toBeNull();
    expect(
      actionFieldsProblem(
        fd([
          ['$ACTION_REF_2', ''],
          ['$ACTION_2:0', `{"id":"${id}","bound":null}`],
        ]),
      ),
    ).toBeNull();
    expect(actionFieldsProblem(fd([[`$ACTION_ID_${id}`, '']]))).toBeNull();
    expect(actionFieldsProblem(fd([['slug', 'x']]))).toBeNull();
    // Encodings React writes for plain state: escaped "$", undefined, dates, outlined rows that exist.
    const rich = good.map(([k, v]): [string, string] => [
      k,
      k === '$ACTION_1:1' ? '[{"a":"$$x","b":"$undefined","c":"$D2025-01-01T00:00:00.000Z","d":"$2","e":"$n12"}]' : v,
    ]);
    expect(actionFieldsProblem(fd([...rich, ['$ACTION_1:2', '{"x":1}'], ['$ACTION_1:7', new Blob(['never read'])]]))).toBeNull();
  });
  it.each<[string, [string, string | Blob][]]>([
    ['row 0 not JSON', good.map(([k, v]) => [k, k === '$ACTION_1:0' ? '{"id":' : v])],
    ['row 0 missing', good.filter(([k]) => k !== '$ACTION_1:0')],
    ['row 0 an array', good.map(([k, v]) => [k, k === '$ACTION_1:0' ? '[]' : v])],
    ['id not a string', good.map(([k, v]) => [k, k === '$ACTION_1:0' ? `{"id":"${id}","id":5,"bound":null}` : v])],
    ['id of the wrong shape', good.map(([k, v]) => [k, k === '$ACTION_1:0' ? '{"id":"abc","bound":null}' : v])],
    ['bound row missing', good.filter(([k]) => k !== '$ACTION_1:1')],
    ['bound row not an array', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? '{}' : v])],
    ['bound reference malformed', good.map(([k, v]) => [k, k === '$ACTION_1:0' ? `{"id":"${id}","bound":"$Q1"}` : v])],
    ['a reference to a missing row in the arguments', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? '[{"status":"idle"},"$Q9"]' : v])],
    ['a bare "$" in the arguments', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? '["$"]' : v])],
    ['arguments nested too deeply', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? `[${'['.repeat(500)}${']'.repeat(500)}]` : v])],
    ['more than 1000 arguments', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? JSON.stringify(Array(1001).fill(0)) : v])],
    ['a malformed BigInt', good.map(([k, v]) => [k, k === '$ACTION_1:1' ? '["$nabc"]' : v])],
    [
      'a referenced row that is a file',
      [...good.map(([k, v]): [string, string] => [k, k === '$ACTION_1:1' ? '["$2"]' : v]), ['$ACTION_1:2', new Blob(['x'])]],
    ],
    ['action id field malformed', [['$ACTION_ID_zz', '']]],
    ['$ACTION_KEY a file', [...good.filter(([k]) => k !== '$ACTION_KEY'), ['$ACTION_KEY', new Blob(['k'])]]],
  ])('finds %s', (_, fields) => {
    expect(actionFieldsProblem(fd(fields))).toEqual(expect.any(String));
  });
});

describe('refuseBadActionBody', () => {
  const post = (body: BodyInit | null, headers: Record<string, string>, path = '/admin/sectors/new') =>
    refuseBadActionBody(new Request(`http://x${path}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit));

  it('lets well-formed posts, GETs and /api posts through', async () => {
    expect(await post(fd(good), {})).toBeNull();
    expect(await post('{"x":1}', { 'content-type': 'application/json' }, '/api/v1/events')).toBeNull();
    expect(await refuseBadActionBody(new Request('http://x/admin'))).toBeNull();
  });
  it('answers 413 to a declared or a streamed body over the limit, HTML or JSON by what the client takes', async () => {
    const declared = await post('x', { 'content-length': String(ACTION_BODY_LIMIT + 1) });
    expect(declared?.status).toBe(413);
    expect(declared?.headers.get('content-type')).toMatch(/^text\/html/);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > ACTION_BODY_LIMIT) return c.close();
        sent += 65536;
        c.enqueue(new Uint8Array(65536));
      },
    });
    const streamed = await post(stream, { 'next-action': id, accept: 'text/x-component' });
    expect(streamed?.status).toBe(413);
    expect(await streamed?.json()).toMatchObject({ saved: false });
  });
  it('answers 400 to broken multipart and to a fetch action whose body is not JSON', async () => {
    expect(
      (await post('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx', { 'content-type': 'multipart/form-data; boundary=b' }))
        ?.status,
    ).toBe(400);
    expect((await post('{', { 'next-action': id, 'content-type': 'text/plain' }))?.status).toBe(400);
    expect(await post('["$K1"]', { 'next-action': id, 'content-type': 'text/plain' })).toBeNull();
  });
  it('links back to the form, never elsewhere', async () => {
    const html = await (await post('x', { 'content-length': String(ACTION_BODY_LIMIT + 1) }, '/admin/sectors/new?a="><script>'))!.text();
    expect(html).toContain('href="/admin/sectors/new?a=%22%3E%3Cscript%3E"');
    expect(html).not.toContain('<script>');
  });
});
