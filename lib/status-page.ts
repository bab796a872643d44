/**
 * A small, self-contained HTML page for the answers the proxy gives before
 * any app page can render (410 for a trashed event, 400 for a malformed URL
 * or form post, 413, 503 while the database is away): an app page can only
 * answer 200, and these must not depend on the database. It follows the
 * site's look in light and dark mode. Every text is escaped.
 */
import { safeLocalPath } from './safe-path';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only a same-site path may be linked to (an empty href reloads); anything else falls back to the timeline. */
const safeHref = (href: string) => (href === '' ? href : safeLocalPath(href, '/'));

export interface StatusPage {
  /** The small label above the heading, e.g. "410 · Removed". */
  tag: string;
  title: string;
  paragraphs: string[];
  /** The button; an empty href reloads the page. */
  link: { href: string; label: string };
}

export function statusPageHtml(page: StatusPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)} · Backchannel</title>
<style>
  :root { color-scheme: light dark; font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
  body { margin: 0; background: #fff; color: #0f172a; }
  header { border-bottom: 1px solid #e2e8f0; padding: 0.75rem 1rem; }
  header a { color: inherit; font-weight: 600; text-decoration: none; font-size: 1.125rem; }
  main { max-width: 36rem; margin: 4rem auto; padding: 0 1rem; text-align: center; }
  .tag { color: #b45309; font-size: 0.875rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
  h1 { font-size: 1.875rem; margin: 0.5rem 0; }
  p { color: #334155; line-height: 1.6; }
  .button { display: inline-block; margin-top: 1.5rem; background: #1d4ed8; color: #fff; padding: 0.5rem 1rem; border-radius: 0.25rem; text-decoration: none; }
  a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    body { background: #020617; color: #f1f5f9; }
    header { border-color: #1e293b; }
    p { color: #cbd5e1; }
    .tag { color: #fcd34d; }
    a:focus-visible { outline-color: #93c5fd; }
  }
</style>
</head>
<body>
<header><a href="/">Backchannel</a></header>
<main>
<p class="tag">${escapeHtml(page.tag)}</p>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<a class="button" href="${escapeHtml(safeHref(page.link.href))}">${escapeHtml(page.link.label)}</a>
</main>
</body>
</html>
`;
}
