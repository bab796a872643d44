import { IntentLink } from '@/components/intent-link';
import { hrefChanging } from '@/lib/page-query';
import type { SortOrder } from '@/lib/schemas/event-filter';

const orders: { sort: SortOrder; label: string }[] = [
  { sort: 'desc', label: 'Newest first' },
  { sort: 'asc', label: 'Oldest first' },
];

/**
 * The list's order and "jump to date". The jump is a plain GET form: it
 * works without JavaScript and keeps the filters, the view and the order as
 * hidden fields. Changing the order keeps a jumped-to date, so the list
 * still starts there. Rendered as siblings inside the list's header row,
 * so on a phone they wrap beside the heading rather than below it.
 */
export function PagerControls({ base, sort, at }: { base: URLSearchParams; sort: SortOrder; at?: string }) {
  return (
    <>
      <ul aria-label="Order" className="segs">
        {orders.map((o) => (
          <li key={o.sort}>
            <IntentLink
              href={hrefChanging('/', base, { sort: o.sort === 'desc' ? undefined : o.sort, at })}
              aria-current={o.sort === sort ? 'true' : undefined}
              className={o.sort === sort ? 'seg seg-on' : 'seg'}
            >
              {o.label}
            </IntentLink>
          </li>
        ))}
      </ul>
      <form action="/" method="get" aria-label="Jump to date" className="flex items-center gap-1.5 text-sm sm:ml-auto">
        {[...base].map(([key, value], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
        ))}
        <label htmlFor="jump-at" className="text-slate-700 dark:text-slate-300">
          Jump to
        </label>
        <input id="jump-at" name="at" type="date" required defaultValue={at ?? ''} className="field px-1.5 py-0.5" />
        <button type="submit" className="btn-line px-2 py-0.5 font-medium">
          Go
        </button>
      </form>
    </>
  );
}
