/**
 * The HTML document of an embed: self-contained (inline styles, no script,
 * no site chrome), readable from 280 px wide, in light and dark schemes, and
 * framable from anywhere; every other route refuses framing
 * (lib/proxy/frame-headers.ts).
 */
import { NextResponse } from 'next/server';
import { publicCacheControl } from '../api';
import { html, SafeHtml } from './html';

/** No script, no outside resources, no forms; only the framing is open. */
const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#0f172a;--muted:#475569;--line:#cbd5e1;--link:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--bg:#020617;--fg:#f1f5f9;--muted:#cbd5e1;--line:#334155;--link:#93c5fd}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{padding:12px 14px;border:1px solid var(--line);border-radius:8px;min-height:100vh}
a{color:var(--link)}
h1{font-size:1.05rem;margin:0 0 4px}
p{margin:6px 0}
.meta{color:var(--muted);font-size:.85rem}
ol{list-style:none;margin:8px 0;padding:0}
li{padding:6px 0;border-top:1px solid var(--line)}
li a{font-weight:600}
.brand{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;margin-top:8px;font-size:.85rem}
`;

export function embedDocument(title: string, body: SafeHtml, status = 200): NextResponse {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`;
  return new NextResponse(page.value, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': status === 200 ? publicCacheControl : 'no-store',
      'Content-Security-Policy': EMBED_CSP,
    },
  });
}
