/**
 * The page for 503 while the database is away, answered by the proxy
 * (lib/db/outage-response.ts). Self-contained HTML, like the 410 page: an
 * app page can't set a 503 status, and while the database is away nothing
 * that needs it can render. Follows the site's look in light and dark mode.
 */
export function unavailablePageHtml(retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · Backchannel</title>
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
<p class="tag">503 · Temporarily unavailable</p>
<h1>Backchannel can't load this page right now</h1>
<p>Our database is briefly out of reach, so this page can't be put together. Pages that were already open recently still work. Please try again in ${retryAfterSeconds} seconds.</p>
<a class="button" href="">Try again</a>
</main>
</body>
</html>
`;
}
