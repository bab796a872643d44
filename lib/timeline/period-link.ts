/**
 * The server axis's period links (components/timeline/axis/static-axis.tsx):
 * each narrows `/` to one period with events, a zoom level finer. Pure, so
 * the client draws href and label from the period alone and the page's RSC
 * payload carries neither (issue 10).
 */
import { dayOf, isoOf, lastDayOf, MONTH_SHORT, ymd } from './days';

export type LinkUnit = 'year' | 'month' | 'day';

const finer: Record<LinkUnit, LinkUnit> = { year: 'month', month: 'day', day: 'day' };

/** `/` with the filter in `base` (a query string without `?`), narrowed to the period starting on `period`. */
export function periodLinkHref(base: string, period: string, unit: LinkUnit) {
  const params = new URLSearchParams(base);
  params.set('from', period);
  params.set('to', isoOf(lastDayOf(period, unit)));
  params.set('zoom', finer[unit]);
  return `/?${params}`;
}

/** The link's accessible name: "2025: show its events", "Mar 2025: …", "3 Mar 2025: …". */
export function periodLinkLabel(period: string, unit: LinkUnit) {
  const [y, m, d] = ymd(dayOf(period));
  const name = unit === 'year' ? String(y) : unit === 'month' ? `${MONTH_SHORT[m]} ${y}` : `${d} ${MONTH_SHORT[m]} ${y}`;
  return `${name}: show its events`;
}
