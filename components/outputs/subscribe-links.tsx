import { subjectScope, timelineScope, type Scope } from '@/lib/feeds/scope';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { filterSearch } from '@/lib/filter-url';

/** Plain links (no script): a feed reader or calendar app takes the address; the browser downloads or shows it. */
function SubscribeLinks({ scope, embed }: { scope: Scope; embed?: string }) {
  // Short class names (`.sub-links` in globals.css): this block sits on `/`, whose weight counts (issue 10).
  const link = 'sub-link';
  return (
    <div data-subscribe className="sub-links">
      <span>Subscribe:</span>
      <a className={link} href={scope.output('atom')} type="application/atom+xml">
        Atom feed
      </a>
      <a className={link} href={scope.output('json')} type="application/feed+json">
        JSON Feed
      </a>
      <a className={link} href={scope.output('ics')} type="text/calendar">
        Calendar (.ics)
      </a>
      {embed ? (
        <a className={link} href={embed}>
          Embeddable view
        </a>
      ) : null}
    </div>
  );
}

/** The timeline's feeds and calendar, for the filter on screen. */
export function TimelineSubscribe({ filter }: { filter: EventFilter }) {
  const search = filterSearch(filter);
  return <SubscribeLinks scope={timelineScope(filter)} embed={`/embed/timeline${search ? `?${search}` : ''}`} />;
}

/** One actor's or sector's feeds and calendar. */
export function SubjectSubscribe({ kind, subject }: { kind: 'actor' | 'sector'; subject: { slug: string; name: string } }) {
  return <SubscribeLinks scope={subjectScope(kind, subject)} />;
}
