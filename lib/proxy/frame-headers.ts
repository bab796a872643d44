import type { ProxyStep } from './pipeline';

/** The embeds (app/embed/**) set their own policy, which lets any site frame them (lib/embed/document.ts). */
function isEmbedPath(pathname: string) {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * No page may be framed except the embeds: a framed page invites clickjacking
 * and passes our content off as someone else's. Both headers, for browsers
 * that know only X-Frame-Options. Set on every answer the proxy gives,
 * including another step's early 400 or redirect; the admin step later
 * replaces this CSP with its fuller one, which also says frame-ancestors 'none'.
 */
export const refuseFraming: ProxyStep = ({ request, responseHeaders }) => {
  if (isEmbedPath(request.nextUrl.pathname)) return;
  responseHeaders.set('Content-Security-Policy', "frame-ancestors 'none'");
  responseHeaders.set('X-Frame-Options', 'DENY');
};
