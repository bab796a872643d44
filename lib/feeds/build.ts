/**
 * Atom 1.0 and JSON Feed 1.1 documents of a scope's events, built with the
 * `feed` package. An entry's `updated` (JSON Feed `date_modified`) is the
 * event's last edit, so readers see an edited event again; the event's own
 * date is shown at its real precision in the title and summary ("March 2025
 * (date known only to the month)") and never turned into a made-up day.
 */
import { Feed, type Item } from 'feed';
import { siteUrl } from '../site-url';
import { escapeHtml, html } from '../embed/html';
import type { OutputEvent } from '../data/outputs';
import { precisionNote, type Scope } from './scope';

function dateText(event: OutputEvent) {
  const note = precisionNote(event.date);
  return note ? `${event.date.label} (${note})` : event.date.label;
}

function sourceLine(c: OutputEvent['citations'][number]) {
  const s = c.source;
  const name = [s.outlet, s.title].filter(Boolean).join(', ');
  return html`<li>
    ${s.url ? html`<a href="${s.url}">${name}</a>` : name}${s.publishedLabel ? ` (${s.publishedLabel})` : ''}${
      c.speaker ? `, quoting ${c.speaker}` : ''
    }:
    “${c.quote}”
  </li>`;
}

/** The entry's body: when, what, who, sectors and the sources with their quotes. */
function contentHtml(event: OutputEvent) {
  const actors = event.actors.map((a, i) => html`${i ? ', ' : ''}<a href="${siteUrl(`/actors/${a.slug}`)}">${a.name}</a> (${a.role})`);
  const sectors = event.sectors.map((s, i) => html`${i ? ', ' : ''}<a href="${siteUrl(`/sectors/${s.slug}`)}">${s.name}</a>`);
  return html`<p><strong>When:</strong> ${dateText(event)}${event.location ? ` · ${event.location}` : ''}</p>
    <p>${event.summary}</p>
    ${actors.length ? html`<p><strong>Who:</strong> ${actors}</p>` : ''}
    ${sectors.length ? html`<p><strong>Sectors:</strong> ${sectors}</p>` : ''}
    ${
      event.citations.length
        ? html`<p><strong>Sources:</strong></p>
            <ul>
              ${event.citations.map(sourceLine)}
            </ul>`
        : ''
    }`.value;
}

/** Who reported it, for the summary line: "Reuters; The Guardian". */
function attribution(event: OutputEvent) {
  const names = [...new Set(event.citations.map((c) => c.source.outlet ?? c.source.title))];
  return names.length ? ` Sources: ${names.join('; ')}.` : '';
}

function titleOf(event: OutputEvent) {
  return `${event.title} (${event.date.label})`;
}

function summaryOf(event: OutputEvent) {
  return `${dateText(event)}. ${event.summary}${attribution(event)}`;
}

function newest(events: OutputEvent[]) {
  // An empty feed has no edit to date it by: the epoch says "nothing yet" without inventing a time.
  return new Date(events.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), new Date(0).toISOString()));
}

function buildFeed(scope: Scope, events: OutputEvent[], escapeText: boolean) {
  const text = (s: string) => (escapeText ? escapeHtml(s) : s);
  const feed = new Feed({
    id: siteUrl(scope.output('atom')),
    title: scope.title,
    description: scope.description,
    link: siteUrl(scope.page),
    language: 'en',
    updated: newest(events),
    generator: 'Backchannel (feed package)',
    feedLinks: { atom: siteUrl(scope.output('atom')), json: siteUrl(scope.output('json')) },
    author: { name: 'Backchannel', link: siteUrl('/') },
    favicon: siteUrl('/icon.svg'),
    copyright: 'Quotes belong to their sources, which each entry names.',
  });
  for (const event of events) {
    const item: Item = {
      id: event.url,
      link: event.url,
      // Atom's title and summary are declared type="html": escape the text so it is read as text.
      title: text(titleOf(event)),
      description: text(summaryOf(event)),
      content: contentHtml(event),
      date: new Date(event.updatedAt),
      published: new Date(event.createdAt),
      category: event.sectors.map((s) => ({ name: s.name, term: s.slug, scheme: siteUrl('/sectors/') })),
      extensions: [
        {
          name: '_backchannel',
          objects: {
            event_date: event.date,
            type: event.type,
            sources: event.citations.map((c) => ({ outlet: c.source.outlet, title: c.source.title, url: c.source.url, quote: c.quote })),
          },
        },
      ],
    };
    feed.addItem(item);
  }
  return feed;
}

/**
 * The package escapes "&" and '"' in attributes but leaves "<", which XML
 * forbids there: a sector named "Oil <and> gas" would make the whole feed
 * unreadable to a strict parser. xml-js writes '"' as &quot;, so [^"]* is the whole value.
 */
function escapeAttributeLt(xml: string) {
  return xml.replace(
    /(<category label=")([^"]*)(")/g,
    (_m, open: string, value: string, close: string) => open + value.replace(/</g, '&lt;') + close,
  );
}

export function atomFeed(scope: Scope, events: OutputEvent[]): string {
  return escapeAttributeLt(buildFeed(scope, events, true).atom1());
}

/**
 * The package writes JSON Feed 1.0 with the singular `author`; 1.1 (what
 * readers expect today) names `authors` and `language`. The rest is the same.
 */
export function jsonFeed(scope: Scope, events: OutputEvent[]): string {
  const doc = JSON.parse(buildFeed(scope, events, false).json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const upgrade = (o: Record<string, unknown>) => {
    if (o.author) {
      o.authors = [o.author];
      delete o.author;
    }
  };
  upgrade(doc);
  doc.items.forEach(upgrade);
  return JSON.stringify({ ...doc, version: 'https://jsonfeed.org/version/1.1', language: 'en' }, null, 2);
}
