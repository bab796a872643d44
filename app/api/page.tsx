import type { Metadata } from 'next';
import Link from 'next/link';
import { openApiDocument } from '@/lib/openapi/document';
import { operationsOf } from '@/lib/openapi/reading';
import { ApiOperation } from '@/components/api-reference/operation';
import { SchemaFields } from '@/components/api-reference/schema-fields';
import { siteUrl } from '@/lib/site-url';

// Rendered per request: the base URL in the examples is the site's address at run time, not at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'API',
  description: 'The Backchannel read API: endpoints, filters, paging, errors and examples, from its OpenAPI 3.1 description.',
  alternates: { canonical: '/api' },
};

const code = 'rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800';

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiReferencePage() {
  const document = openApiDocument();
  const server = siteUrl('/').replace(/\/$/, '');
  const operations = operationsOf(document as unknown as Record<string, unknown>);
  const tags = document.tags ?? [];
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">API</h1>
        <p className="text-lg">{document.info.description}</p>
        <p>
          The machine-readable description is{' '}
          <a href="/api/v1/openapi.json" className="underline">
            /api/v1/openapi.json
          </a>{' '}
          (OpenAPI 3.1); this page is rendered from it. Base URL: <code className={code}>{server}</code>.
        </p>
      </header>

      <nav aria-labelledby="toc-heading" className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
        <h2 id="toc-heading" className="font-semibold">
          On this page
        </h2>
        <ul className="mt-1 list-disc pl-5">
          <li>
            <a href="#filters" className="underline">
              Filters
            </a>
          </li>
          <li>
            <a href="#paging" className="underline">
              Paging
            </a>
          </li>
          <li>
            <a href="#errors" className="underline">
              Errors
            </a>
          </li>
          {tags.map((t) => (
            <li key={t.name}>
              <a href={`#tag-${t.name.toLowerCase()}`} className="underline">
                {t.name}
              </a>
            </li>
          ))}
          <li>
            <a href="#shapes" className="underline">
              Response shapes
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="filters" className="space-y-2">
        <h2 id="filters" className="text-2xl font-semibold">
          Filters
        </h2>
        <p>
          The event endpoints (<code className={code}>/api/v1/events</code>, its CSV and JSON exports and{' '}
          <code className={code}>/api/v1/timeline</code>) take the same filters as the{' '}
          <Link href="/" className="underline">
            timeline
          </Link>
          , so a timeline URL&apos;s query works as is. <code className={code}>actor</code>, <code className={code}>sector</code> and{' '}
          <code className={code}>type</code> may be repeated (any of the values); different parameters all apply.{' '}
          <code className={code}>from</code> and <code className={code}>to</code> are days (YYYY-MM-DD) and keep events whose period
          overlaps them. <code className={code}>q</code> searches titles, people, summaries, sectors, quotations and places; the results
          then come by relevance, each with <code className={code}>rank</code> and <code className={code}>highlight</code>.
        </p>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
          <code>{`curl '${server}/api/v1/events?sector=rare-earths&type=statement&from=2025-01-01'`}</code>
        </pre>
      </section>

      <section aria-labelledby="paging" className="space-y-2">
        <h2 id="paging" className="text-2xl font-semibold">
          Paging
        </h2>
        <p>
          Lists answer <code className={code}>{'{"data": [...], "nextCursor": "..."}'}</code>. Pass <code className={code}>nextCursor</code>{' '}
          back as <code className={code}>cursor</code> with the same other parameters until it is <code className={code}>null</code>.{' '}
          <code className={code}>limit</code> sets the page size (1–100, default 50). Cursors are keysets, so pages stay consistent while
          events are added. For the whole filtered set at once, use <code className={code}>/api/v1/events.json</code> or{' '}
          <code className={code}>/api/v1/events.csv</code>.
        </p>
      </section>

      <section aria-labelledby="errors" className="space-y-2">
        <h2 id="errors" className="text-2xl font-semibold">
          Errors and caching
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>400</strong>: a malformed parameter. The body lists each problem:{' '}
            <code className={code}>{'{"error": "...", "issues": [{"path": ["limit"], "message": "...", "code": "..."}]}'}</code>.
          </li>
          <li>
            <strong>404</strong>: no public record has this key: <code className={code}>{'{"error": "Event not found"}'}</code>.
          </li>
          <li>
            <strong>308</strong>: an event&apos;s former slug; follow <code className={code}>Location</code>. <strong>410</strong>: the
            event was deleted.
          </li>
          <li>
            <strong>503</strong>: the database is briefly unavailable; retry after the <code className={code}>Retry-After</code> seconds.
          </li>
          <li>
            Successful answers may be cached by shared caches for a minute. Every GET answers CORS requests from any origin, without
            credentials, so scripts and notebooks in a browser can read it.
          </li>
        </ul>
      </section>

      {tags.map((t) => (
        <section key={t.name} aria-labelledby={`tag-${t.name.toLowerCase()}`} className="space-y-4">
          <h2 id={`tag-${t.name.toLowerCase()}`} className="text-2xl font-semibold">
            {t.name}
          </h2>
          {t.description ? <p>{t.description}</p> : null}
          {operations
            .filter((op) => op.tag === t.name)
            .map((op) => (
              <ApiOperation key={op.id} op={op} server={server} />
            ))}
        </section>
      ))}

      <section aria-labelledby="shapes" className="space-y-4">
        <h2 id="shapes" className="text-2xl font-semibold">
          Response shapes
        </h2>
        {schemas.map(([name, schema]) => (
          <SchemaFields key={name} name={name} schema={schema} />
        ))}
      </section>
    </article>
  );
}
