import { eventFilterSchema, queryValues, timelinePageSchema, type EventFilter, type TimelinePosition } from '@/lib/schemas/event-filter';
import { getEventFacets, getLatestEventDate } from '@/lib/data/events';
import { listTimelineEvents } from '@/lib/data/timeline-list';
import { getSectorLanes } from '@/lib/data/sectors';
import { FilterBar } from './filter-bar';
import { FilterChips } from './filter-chips';
import { EventList } from './event-list';
import { Pager } from './pager';
import { PagerControls } from './pager-controls';
import type { Lane } from './time-axis';
import { TimeAxisSection } from './time-axis-section';
import { EventsChart } from '../charts/events-chart';
import { getEventChart } from '@/lib/data/event-chart';
import { IntentLink } from '../intent-link';
import { FilterProblems } from '../filter-problems';
import { hrefWith } from '@/lib/url';
import { filterSearch } from '@/lib/filter-url';
import { queryChanging, queryOf } from '@/lib/page-query';
import { matchSentence } from '@/lib/plural';
import { formatDateLabel, parseIsoDay } from '@/lib/dates';
import type { PageReader } from '@/lib/page-read';
import { TimelineSubscribe } from '../outputs/subscribe-links';
import { timelineAlternates } from '@/lib/feeds/alternates';

type Query = Record<string, string | string[] | undefined>;

/** The metadata of a view of `/`: canonical `/`, and feeds of the same filter. */
export function timelineMetadata(params: Query) {
  return { title: 'Timeline', alternates: { canonical: '/', types: timelineAlternates(params) } };
}

/** Events per page of the list on `/` (the API keeps its own default): 20 keep `/` under 60 KB at 10k events (issue 10). */
const PAGE_SIZE = 20;

/**
 * The timeline at `/`, for one query. Rendered per request by app/page.tsx
 * (reads through pageRead), and once per cached view by
 * app/timeline/cached/[view] (plain reads: a redirect would be cached).
 */
export async function TimelinePage({ params, read }: { params: Query; read: PageReader }) {
  const raw = queryValues(params);
  const parsedFilter = eventFilterSchema.safeParse(raw);
  const parsedPage = timelinePageSchema.safeParse(raw);
  const problems = [...(parsedFilter.success ? [] : parsedFilter.error.issues), ...(parsedPage.success ? [] : parsedPage.error.issues)].map(
    (issue) => `${issue.path.join('.') || 'filter'}: ${issue.message}`,
  );
  const filter: EventFilter = parsedFilter.success ? parsedFilter.data : {};
  // An unreadable position (a bad cursor or date) falls back to the head of the list, newest first.
  const position: TimelinePosition = parsedPage.success
    ? parsedPage.data
    : { sort: 'desc', after: undefined, before: undefined, at: undefined };
  const { sort } = position;
  // What every list link keeps: the query without the list's position, and the order when it isn't the default.
  const base = queryChanging(queryOf(params), {
    after: undefined,
    before: undefined,
    cursor: undefined,
    at: undefined,
    sort: sort === 'desc' ? undefined : sort,
  });

  const here = hrefWith('/', raw);
  const [facets, page, laneRows, latest, chart] = await read(here, () =>
    Promise.all([
      getEventFacets(filter),
      listTimelineEvents(filter, { limit: PAGE_SIZE, ...position }),
      getSectorLanes(),
      getLatestEventDate(filter),
      getEventChart(filter),
    ]),
  );
  const lanes: Lane[] = [...laneRows, { slug: null, name: 'No sector' }];

  const active = Object.entries(filter).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v));
  const firstShown = page.data.at(0)?.date.start;
  // A jump past either end shows the nearest page; say so instead of pretending the date was found.
  const missedAt =
    position.at && firstShown && (sort === 'desc' ? firstShown > position.at : firstShown < position.at)
      ? formatDateLabel(parseIsoDay(position.at), 'day')
      : null;

  return (
    <div className="space-y-4">
      <section id="timeline-lead" aria-labelledby="timeline-title">
        <h1 id="timeline-title" className="tl-title">
          Timeline of the US–Russia economic talks
        </h1>
        <p data-result-count={facets.total} className="tl-count">
          {facets.total === 0 && !active.length
            ? 'No events yet.'
            : `${matchSentence(facets.total, active.length > 0)}${facets.total && latest ? `, latest ${latest}` : ''}.`}
        </p>
      </section>

      <FilterProblems problems={problems} />

      <section id="timeline-filters-bar" aria-label="Filters" className="space-y-2">
        {/* No Suspense boundaries on this page: React streams a large boundary after the shell even when nothing
            suspends, and its late reveal moved everything below it (CLS 0.7 in npm run bench:client). */}
        <FilterBar filter={filter} facets={facets} query={raw} />
        <FilterChips filter={filter} facets={facets} query={raw} />
      </section>

      {facets.total > 0 ? (
        <div id="timeline-axis">
          <TimeAxisSection filter={filter} params={raw} here={here} read={read} />
        </div>
      ) : null}

      {/* The chart comes after the list, below the first screen: its library loads only when it scrolls into view. */}
      <div id="timeline-body" className="space-y-8">
        <section id="timeline-list" aria-labelledby="events-heading" className="tl-col">
          <div className="tl-list-head">
            <h2 id="events-heading" className="text-lg font-semibold">
              Events
            </h2>
            {page.data.length > 0 ? <PagerControls base={base} sort={sort} at={position.at} /> : null}
          </div>
          {missedAt ? (
            <p className="tl-note">
              No events {sort === 'desc' ? 'on or before' : 'on or after'} {missedAt} here, so the list shows the{' '}
              {sort === 'desc' ? 'earliest' : 'latest'} ones.
            </p>
          ) : null}
          {page.data.length === 0 ? (
            <div className="tl-empty">
              <p className="font-semibold">No events match these filters.</p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                Try removing a filter above, widening the date range, or searching for a shorter word.{' '}
                <IntentLink href="/" className="underline">
                  Show all events
                </IntentLink>
                .
              </p>
            </div>
          ) : (
            <EventList events={page.data} ranked={Boolean(filter.q)} />
          )}
          <Pager base={base} sort={sort} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
          <TimelineSubscribe filter={filter} />
        </section>
        <aside id="timeline-charts" aria-label="Charts" className="tl-col space-y-4">
          {chart ? <EventsChart chart={chart} lanes={lanes} search={filterSearch(filter)} /> : null}
        </aside>
      </div>
    </div>
  );
}
