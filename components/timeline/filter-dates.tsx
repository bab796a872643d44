import Link from 'next/link';
import { DatePresets, type DatePreset } from './date-presets';
import type { FacetValue } from '@/lib/data/events';
import { summaryClass, panelClass } from './filter-styles';

interface Preset {
  label: string;
  from: string;
  to?: string;
  count?: number;
}

function daysBefore(day: string, days: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Last 30 days, this year, then each year with events (newest first), with the counts of the years. */
function presetsFor(today: string, years: FacetValue[]): Preset[] {
  const thisYear = today.slice(0, 4);
  return [
    { label: 'Last 30 days', from: daysBefore(today, 29) },
    { label: 'This year', from: `${thisYear}-01-01`, to: `${thisYear}-12-31`, count: years.find((y) => y.value === thisYear)?.count },
    ...years
      .filter((y) => y.value !== thisYear)
      .map((y) => ({ label: y.value, from: `${y.value}-01-01`, to: `${y.value}-12-31`, count: y.count })),
  ];
}

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What the date button says: the preset's name, or the range. */
export function dateLabel(from: string | undefined, to: string | undefined, today: string, years: FacetValue[]) {
  const presets = presetsFor(today, years);
  const preset = presets.find((p) => p.from === from && p.to === to);
  if (preset) return preset.label;
  if (from && to) return `${dayLabel(from)} – ${dayLabel(to)}`;
  if (from) return `From ${dayLabel(from)}`;
  if (to) return `Until ${dayLabel(to)}`;
  return undefined;
}

/**
 * The date range of the filter bar: presets are plain links (no JavaScript
 * needed), a custom range is the form's own From and To fields.
 */
export function FilterDates({
  from,
  to,
  today,
  years,
  hrefFor,
}: {
  from?: string;
  to?: string;
  today: string;
  years: FacetValue[];
  hrefFor: (range: { from?: string; to?: string }) => string;
}) {
  const presets = presetsFor(today, years);
  const current = dateLabel(from, to, today, years);
  const field = 'field mt-1 w-full px-2 py-1 text-sm dark:[color-scheme:dark]';
  return (
    <details className="sm:relative" data-facet="date">
      <summary className={summaryClass(Boolean(current))}>
        {current ?? 'Any date'}
        <span className="sr-only"> (date range)</span>
        <span aria-hidden="true" className="ml-1 text-xs">
          ▾
        </span>
      </summary>
      <div className={panelClass('right')}>
        <DatePresets
          presets={presets.map((p): DatePreset => [
            p.label,
            hrefFor({ from: p.from, to: p.to }),
            p.count ?? null,
            p.from === from && p.to === to,
          ])}
        />
        <div className="mt-2 grid grid-cols-2 gap-2 border-t border-slate-200 px-2 pt-2 dark:border-slate-700">
          <label className="text-xs font-medium">
            From
            <input name="from" type="date" defaultValue={from ?? ''} className={field} />
          </label>
          <label className="text-xs font-medium">
            To
            <input name="to" type="date" defaultValue={to ?? ''} className={field} />
          </label>
        </div>
        {from || to ? (
          <Link prefetch={false} href={hrefFor({})} className="mt-2 inline-block px-2 text-sm underline">
            Any date
          </Link>
        ) : null}
      </div>
    </details>
  );
}
