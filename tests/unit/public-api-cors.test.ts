import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { runProxy } from '@/lib/proxy/pipeline';
import { publicApiCors } from '@/lib/proxy/cors';

const answer = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
  runProxy(new NextRequest(`http://localhost${path}`, { method, headers: { origin: 'https://notebook.example', ...headers } }), [
    publicApiCors,
  ]);

describe('publicApiCors', () => {
  it.each(['/api/v1/events', '/api/v1/openapi.json', '/api/v1/events/x/revisions/1', '/api/v1'])(
    'lets any origin read %s',
    async (path) => {
      for (const method of ['GET', 'HEAD']) {
        const response = await answer(path, method);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    },
  );

  it('answers a preflight for a read with 204, and none for a write', async () => {
    const read = await answer('/api/v1/events', 'OPTIONS', { 'access-control-request-method': 'GET' });
    expect(read.status).toBe(204);
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(read.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const write = await answer('/api/v1/events', 'OPTIONS', { 'access-control-request-method': method });
      expect(write.headers.get('access-control-allow-origin'), method).toBeNull();
    }
  });

  it.each([
    ['/api/v1/events', 'POST'],
    ['/api/v1/events', 'DELETE'],
    ['/api/auth/sign-in', 'GET'],
    ['/api/auth/sign-in', 'POST'],
    ['/api/health', 'GET'],
    ['/api/v10/events', 'GET'],
    ['/admin', 'GET'],
    ['/events/x', 'GET'],
  ])('gives %s %s no CORS header', async (path, method) => {
    const response = await answer(path, method);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await answer(path, 'OPTIONS', { 'access-control-request-method': 'GET' });
    if (!path.startsWith('/api/v1/')) expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
