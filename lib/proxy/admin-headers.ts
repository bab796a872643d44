import type { ProxyStep } from './pipeline';

/** Gives admin and sign-in pages a nonce-based Content-Security-Policy and forbids framing. */
export const adminSecurityHeaders: ProxyStep = ({ request, requestHeaders, responseHeaders }) => {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith('/admin') && pathname !== '/sign-in') return;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  responseHeaders.set('Content-Security-Policy', csp);
  responseHeaders.set('X-Frame-Options', 'DENY');
  responseHeaders.set('Referrer-Policy', 'same-origin');
  responseHeaders.set('Cache-Control', 'private, no-store');
};
