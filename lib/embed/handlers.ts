import 'server-only';
import { apiRoute, searchParamsOf } from '../api';
import { eventFilterSchema } from '../schemas/event-filter';
import { getOutputEvent, listOutputEventsCached, type OutputEvent } from '../data/outputs';
import { timelineScope, precisionNote } from '../feeds/scope';
import { eventTypeLabels } from '../labels';
import { siteUrl } from '../site-url';
import { embedDocument } from './document';
import { html } from './html';

/** How many events the compact timeline shows; the link at its foot opens the rest. */
const EMBED_TIMELINE_ITEMS = 20;

/** Links leave the frame: a new tab, never a page inside someone else's article. */
const out = (href: string) => html`href="${href}" target="_blank" rel="noopener"`;

function dateLine(event: OutputEvent) {
  const note = precisionNote(event.date);
  return html`<time datetime="${event.date.start}">${event.date.label}</time>${note ? ` (${note})` : ''} ·
    ${eventTypeLabels[event.type] ?? event.type}${event.location ? ` · ${event.location}` : ''}`;
}

function problemPage(title: string, message: string, status: number) {
  return embedDocument(
    title,
    html`<h1>${title}</h1>
      <p>${message}</p>
      <p><a ${out(siteUrl('/'))}>Open the Backchannel timeline</a></p>`,
    status,
  );
}

/** GET /embed/events/{slug}: a compact card of one published event. */
export const eventEmbed = apiRoute(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const event = await getOutputEvent(slug);
  if (!event) return problemPage('Event not found', 'This event does not exist or is not public.', 404);
  const outlets = [...new Set(event.citations.map((c) => c.source.outlet ?? c.source.title))];
  return embedDocument(
    `${event.title} · Backchannel`,
    html`<article>
        <p class="meta">${dateLine(event)}</p>
        <h1><a ${out(event.url)}>${event.title}</a></h1>
        <p>${event.summary}</p>
        ${event.sectors.length ? html`<p class="meta">Sectors: ${event.sectors.map((s) => s.name).join(', ')}</p>` : ''}
        ${outlets.length ? html`<p class="meta">Sources: ${outlets.join('; ')}</p>` : ''}
      </article>
      <p class="brand"><a ${out(event.url)}>Read it with its sources on Backchannel</a><a ${out(siteUrl('/'))}>Full timeline</a></p>`,
  );
});

/** GET /embed/timeline?…: the latest events under the same filters as `/`. */
export const timelineEmbed = apiRoute(async (request: Request) => {
  const parsed = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`).join('; ');
    return problemPage('Invalid filter', `This embed's address has filters that could not be read (${problems}).`, 400);
  }
  const scope = timelineScope(parsed.data);
  const events = await listOutputEventsCached(parsed.data, { limit: EMBED_TIMELINE_ITEMS, newestFirst: true });
  const items = events.map(
    (e) =>
      html`<li>
        <p class="meta">${dateLine(e)}</p>
        <a ${out(e.url)}>${e.title}</a>
      </li>`,
  );
  return embedDocument(
    scope.title,
    html`<h1><a ${out(siteUrl(scope.page))}>${scope.title}</a></h1>
      ${
        events.length
          ? html`<p class="meta">The latest ${events.length === 1 ? 'event' : `${events.length} events`}, newest first.</p>
              <ol>
                ${items}
              </ol>`
          : html`<p>No events match these filters.</p>`
      }
      <p class="brand">
        <a ${out(siteUrl(scope.page))}>See all on Backchannel</a><a ${out(siteUrl(scope.output('atom')))}>Subscribe (Atom)</a>
      </p>`,
  );
});
