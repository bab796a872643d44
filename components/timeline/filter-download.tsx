import { panelClass } from './filter-styles';

/**
 * "Download this view": the export routes with the page's own filter query,
 * so the files hold exactly the filtered set on screen (every page of it).
 */
export function FilterDownload({ search, total }: { search: string; total: number }) {
  const suffix = search ? `?${search}` : '';
  const item = 'menu-item block';
  return (
    <details className="relative" data-download>
      <summary className="dl-sum">
        Download this view<span aria-hidden="true"> ▾</span>
      </summary>
      {/* 20rem from `sm` up, as the panel's own width won there before its looks moved to `.fb-panel` (a component class, below utilities). */}
      <div className={`${panelClass('right')} !left-auto right-0 w-56 sm:w-80`}>
        <p className="muted px-2 pb-1 text-xs">
          All {total === 1 ? 'event' : `${total.toLocaleString('en-US')} events`} of this view, not just this page.
        </p>
        <ul>
          <li>
            <a className={item} href={`/api/v1/events.csv${suffix}`} download data-format="csv">
              CSV (spreadsheet)
            </a>
          </li>
          <li>
            <a className={item} href={`/api/v1/events.json${suffix}`} download data-format="json">
              JSON (API event shape)
            </a>
          </li>
        </ul>
      </div>
    </details>
  );
}
