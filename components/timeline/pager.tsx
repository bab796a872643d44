import { IntentLink } from '@/components/intent-link';
import { hrefChanging } from '@/lib/page-query';
import type { SortOrder } from '@/lib/schemas/event-filter';

/** `.pg-link` in globals.css. */
const link = 'pg-link';

/**
 * Earlier and later pages by keyset, in either order. `base` is the page's
 * query without its position (filters, view, order); a page back is
 * `before` its first event, a page on is `after` its last.
 */
export function Pager({
  base,
  sort,
  prevCursor,
  nextCursor,
}: {
  base: URLSearchParams;
  sort: SortOrder;
  prevCursor: string | null;
  nextCursor: string | null;
}) {
  if (!prevCursor && !nextCursor) return null;
  const newestFirst = sort === 'desc';
  return (
    <nav aria-label="Pages" className="pager">
      <div className="flex flex-wrap gap-2">
        {prevCursor ? (
          <>
            <IntentLink className={link} href={hrefChanging('/', base, {})}>
              {newestFirst ? 'Latest events' : 'Earliest events'}
            </IntentLink>
            <IntentLink className={link} rel="prev" href={hrefChanging('/', base, { before: prevCursor })}>
              <span aria-hidden="true">← </span>
              {newestFirst ? 'Later events' : 'Earlier events'}
            </IntentLink>
          </>
        ) : null}
      </div>
      {nextCursor ? (
        <IntentLink className={link} rel="next" href={hrefChanging('/', base, { after: nextCursor })}>
          {newestFirst ? 'Earlier events' : 'Later events'}
          <span aria-hidden="true"> →</span>
        </IntentLink>
      ) : null}
    </nav>
  );
}
