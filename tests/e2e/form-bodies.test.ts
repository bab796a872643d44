/**
 * Form posts Next's action handler cannot decode (too large, broken
 * multipart, damaged $ACTION_ fields) are answered 413/400 with a page or
 * JSON that says nothing was saved — never 500 — and real forms still work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { sessionCookie } from '../support/auth';

let cookie: string;
/** The hidden fields React renders into the no-JS "new sector" form. */
let actionFields: [string, string][];

const page = '/admin/sectors/new';

function post(body: BodyInit, headers: Record<string, string> = {}, init: RequestInit = {}) {
  return fetch(`${baseUrl()}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: baseUrl(), ...headers },
    body,
    ...init,
  });
}

function form(fields: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of fields) fd.append(k, v);
  return fd;
}

const sectorFields = (slug: string): [string, string][] => [
  ['slug', slug],
  ['name', `Sector ${slug}`],
  ['description', 'Made by the form-body test.'],
  ['status', 'draft'],
];

async function expectRefusalPage(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain('Nothing was saved');
  expect(html).toContain(`href="${page}"`);
}

beforeAll(async () => {
  cookie = await sessionCookie('editor');
  const html = await (await fetch(`${baseUrl()}${page}`, { headers: { cookie } })).text();
  actionFields = [...html.matchAll(/<input[^>]*type="hidden"[^>]*name="(\$ACTION_[^"]*)"[^>]*>/g)].map((m) => {
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    return [
      m[1],
      value
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ];
  });
  expect(actionFields.some(([k]) => k.startsWith('$ACTION_REF_'))).toBe(true);
});

describe('a real no-JS form post', () => {
  it('still saves (the checks do not refuse what React wrote)', async () => {
    const response = await post(form([...actionFields, ...sectorFields('form-body-ok')]));
    expect(response.status).toBeLessThan(400);
    const check = await fetch(`${baseUrl()}/api/v1/sectors`, { headers: { cookie } });
    expect(check.status).toBe(200);
  });
});

describe('a real no-JS form post after an error', () => {
  it('re-posts the form React rendered with the error state, and saves', async () => {
    const first = await post(
      form([...actionFields, ...sectorFields('form-body-retry').map(([k, v]): [string, string] => [k, k === 'name' ? '' : v])]),
    );
    expect(first.status).toBe(200);
    const html = await first.text();
    const again: [string, string][] = [...html.matchAll(/<input[^>]*name="(\$ACTION_[^"]*)"[^>]*>/g)].map((m) => [
      m[1],
      (/value="([^"]*)"/.exec(m[0])?.[1] ?? '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ]);
    expect(again.length).toBeGreaterThan(0);
    const second = await post(form([...again, ...sectorFields('form-body-retry')]));
    expect(second.status).toBe(303);
  });

  it('answers the form, not a 500, to an action called with no form (a crafted $ACTION_ID_ field)', async () => {
    const id = JSON.parse(actionFields.find(([k]) => /:0$/.test(k))![1]).id as string;
    const response = await post(form([[`$ACTION_ID_${id}`, ''], ...sectorFields('form-body-unbound')]));
    expect(response.status).toBe(200);
    expect(await (await fetch(`${baseUrl()}/api/v1/sectors`)).text()).not.toContain('form-body-unbound');
  });
});

describe('bodies Next cannot decode', () => {
  it('answers 400 to a broken multipart body', async () => {
    const body = '--XyZ\r\nContent-Disposition: form-data; name="slug"\r\n\r\nbroken'; // never closed
    await expectRefusalPage(await post(body, { 'content-type': 'multipart/form-data; boundary=XyZ' }), 400);
  });

  it('answers 400 to multipart without a boundary', async () => {
    await expectRefusalPage(await post('slug=x', { 'content-type': 'multipart/form-data' }), 400);
  });

  it('answers 413 to a 6 MB form', async () => {
    const fields: [string, string][] = [...actionFields, ...sectorFields('form-body-big'), ['description', 'x'.repeat(6 * 1024 * 1024)]];
    await expectRefusalPage(await post(form(fields)), 413);
  });

  it('answers 413 to a 6 MB streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await post(stream, { 'content-type': 'multipart/form-data; boundary=XyZ' }, { duplex: 'half' } as RequestInit);
    await expectRefusalPage(response, 413);
  });

  it.each([
    [
      'a row that is not JSON',
      (f: [string, string][]) => f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:0$/.test(k) ? '{"id":"' : v]),
    ],
    [
      'a row whose id is not a string',
      (f: [string, string][]) =>
        f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:0$/.test(k) ? v.replace(/^\{"id":"[0-9a-f]+"/, '{"id":5') : v]),
    ],
    ['a bound reference to a missing row', (f: [string, string][]) => f.filter(([k]) => !/^\$ACTION_[^:]*:1$/.test(k))],
    [
      'a malformed action id field',
      (f: [string, string][]) => [...f.filter(([k]) => !k.startsWith('$ACTION_')), ['$ACTION_ID_zz', '']] as [string, string][],
    ],
    // Next passes these to React, whose decoder throws (found by posting them to `next start`).
    [
      'an argument referring to a missing row',
      (f: [string, string][]) => f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:1$/.test(k) ? '[{"status":"idle"},"$Q9"]' : v]),
    ],
    [
      'a bare "$" argument',
      (f: [string, string][]) => f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:1$/.test(k) ? '["$"]' : v]),
    ],
    [
      'arguments nested 5000 deep',
      (f: [string, string][]) =>
        f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:1$/.test(k) ? `[${'['.repeat(5000)}${']'.repeat(5000)}]` : v]),
    ],
    [
      '2000 bound arguments',
      (f: [string, string][]) =>
        f.map(([k, v]): [string, string] => [k, /^\$ACTION_[^:]*:1$/.test(k) ? JSON.stringify(Array(2000).fill(1)) : v]),
    ],
  ])('answers 400 to %s in the $ACTION_ fields', async (_, damage) => {
    const response = await post(form([...damage(actionFields), ...sectorFields('form-body-bad')]));
    await expectRefusalPage(response, 400);
    const sectors = await (await fetch(`${baseUrl()}/api/v1/sectors`)).text();
    expect(sectors).not.toContain('form-body-bad');
  });

  it('answers JSON to a fetch action whose body is not valid', async () => {
    const response = await post('{not json', {
      'next-action': 'a'.repeat(42),
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ saved: false, error: expect.any(String) });
  });

  it('answers JSON 413 to a large fetch action', async () => {
    const response = await post(form([['0', JSON.stringify(['x'.repeat(6 * 1024 * 1024)])]]), {
      'next-action': 'a'.repeat(42),
      accept: 'text/x-component',
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ saved: false });
  });
});
