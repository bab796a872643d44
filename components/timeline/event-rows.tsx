'use client';

import type { Highlight } from '@/lib/data/event-search';
import { useLinkIntent } from '@/components/use-link-intent';
import { SearchSnippet } from './search-snippet';

/**
 * One event of the list as plain values: slug, ISO start day, date label, type, place (or ''),
 * title, summary, sectors as [slug, name] pairs, and the search snippet when there is one.
 */
export type EventRow = [
  slug: string,
  start: string,
  label: string,
  type: string,
  location: string,
  title: string,
  summary: string,
  sectors: [slug: string, name: string][],
  highlight: Highlight | null,
];

/** A run of rows under one heading (a month, or "Best matches first"). */
export type EventGroup = [heading: string, rows: EventRow[]];

/**
 * The event list's markup, drawn from compact rows. A client component so that
 * the page's RSC payload carries each event's values once, not a second copy
 * of its element tree beside the HTML (issue 10); the short class names are in
 * globals.css (`ev-*`, the row's parts styled by their place under `.ev-list`). Links prefetch only on intent,
 * and navigate on the client, through one handler for the list (useLinkIntent).
 */
export function EventRows({ groups }: { groups: EventGroup[] }) {
  // Plain links with one handler for intent and client navigation: see useLinkIntent.
  const linkIntent = useLinkIntent();
  return (
    <div className="space-y-4" {...linkIntent}>
      {groups.map(([heading, rows], index) => (
        <section key={`${heading}-${index}`} aria-labelledby={`month-${index}`}>
          <h3 id={`month-${index}`} className="ev-month">
            {heading}
          </h3>
          <ol className="ev-list">
            {rows.map(([slug, start, label, type, location, title, summary, sectors, highlight]) => (
              <li key={slug}>
                <article>
                  <p>
                    <time dateTime={start}>{label}</time>
                  </p>
                  <div>
                    <p>
                      {type}
                      {location ? ` · ${location}` : ''}
                    </p>
                    <h4>
                      <a href={`/events/${slug}`}>{title}</a>
                    </h4>
                    <p>{summary}</p>
                    {highlight ? <SearchSnippet highlight={highlight} /> : null}
                    {sectors.length > 0 ? (
                      <ul aria-label="Sectors">
                        {sectors.map(([sector, name]) => (
                          <li key={sector}>
                            <a href={`/sectors/${sector}`}>{name}</a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
