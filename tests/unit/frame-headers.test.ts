import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { runProxy } from '@/lib/proxy/pipeline';
import { refuseFraming } from '@/lib/proxy/frame-headers';
import { adminSecurityHeaders } from '@/lib/proxy/admin-headers';

const answer = (path: string) => runProxy(new NextRequest(`http://site.test${path}`), [refuseFraming, adminSecurityHeaders]);

describe('refuseFraming', () => {
  it.each(['/', '/events/a-slug', '/feed.xml', '/api/v1/events', '/api/oembed', '/embedded', '/embed-timeline', '/x/embed/timeline'])(
    'forbids framing %s',
    async (path) => {
      const response = await answer(path);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    },
  );

  it.each(['/embed/events/a-slug', '/embed/timeline'])('leaves %s to the embed, which allows any framer', async (path) => {
    const response = await answer(path);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it("keeps the admin's fuller policy, which also forbids framing", async () => {
    const csp = (await answer('/admin/events')).headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self' 'nonce-");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
