/** POST /api/auth/sign-in refuses an oversized body (declared or streamed) with 413 before reading it whole. */
import { describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { testUsers } from '../support/users';

const post = (body: BodyInit, ip: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl(), 'x-forwarded-for': ip, ...headers },
    body,
    redirect: 'manual',
    // Needed by Node's fetch for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

/** `chunks` × 64 KB of JSON padding, sent chunked (no Content-Length). */
function chunkedBody(chunks: number): ReadableStream<Uint8Array> {
  const piece = new TextEncoder().encode(' '.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(`{"email":"${testUsers.editor.email}","password":"x",`));
    },
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(piece);
      else {
        controller.enqueue(new TextEncoder().encode('"pad":1}'));
        controller.close();
      }
    },
  });
}

describe('sign-in body limit', () => {
  it('refuses a body whose declared length is over the limit', async () => {
    const big = JSON.stringify({ email: testUsers.editor.email, password: 'x', pad: 'a'.repeat(2 * 1024 * 1024) });
    const response = await post(big, '10.0.9.1');
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'Request body too large' });
  });

  it('refuses a chunked body once it streams past the limit', async () => {
    const response = await post(chunkedBody(32), '10.0.9.2');
    expect(response.status).toBe(413);
  });

  it('still reads a small body, chunked or not', async () => {
    const { email, password } = testUsers.editor;
    const ok = await post(JSON.stringify({ email, password }), '10.0.9.3');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, user: { email } });
    expect(ok.headers.get('set-cookie')).toMatch(/=/);
    const wrong = await post(chunkedBody(0), '10.0.9.4');
    expect(wrong.status).toBe(401);
  });
});
