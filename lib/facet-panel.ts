/**
 * What a filter-bar panel lists, as compact values: the options of a facet
 * (actor, sector, type) or the date presets. Shared by the route `/` fetches
 * them from when a panel first opens (app/timeline/facets) and by the no-JS
 * page that lists them (app/timeline/filters), so both say the same (issue 10).
 */
import type { EventFilter } from './schemas/event-filter';
import type { Facets, FacetValue } from './data/events';
import { eventTypeLabels } from './labels';
import { timelineHref, type Kept } from './filter-url';

export const PANEL_FACETS = ['actor', 'sector', 'type', 'date'] as const;
export type PanelFacet = (typeof PANEL_FACETS)[number];
export type ValueFacet = Exclude<PanelFacet, 'date'>;

/** A facet's option as plain values: the value sent, its name, and how many events it has. */
export type FacetOption = [value: string, label: string, count: number];
/** A date preset as plain values: its name, its link, its event count (if it has one), and whether it is the range shown. */
export type DatePreset = [label: string, href: string, count: number | null, active: boolean];

/** What a panel shows: a facet's options and how many values it leaves out, or the date presets. */
export type PanelData = { options: FacetOption[]; hidden: number } | { presets: DatePreset[] };

/**
 * How many values a facet's panel on `/` lists (those with most events; chosen ones are always listed too).
 * Actors are the long tail (thousands at scale): 15 of them, and a way to the rest.
 */
const FACET_LIMIT = { actor: 15, sector: 40, type: 40 } as const;

/** A facet's values with their names (event types are labelled here; sectors and actors come named). */
export function facetValues(facets: Facets, facet: ValueFacet): FacetValue[] {
  if (facet === 'actor') return facets.actors;
  if (facet === 'sector') return facets.sectors;
  return facets.types.map((t) => ({ ...t, label: eventTypeLabels[t.value] ?? t.value }));
}

const asOption = (v: FacetValue): FacetOption => [v.value, v.label, v.count];

/**
 * The values with most events (counts come sorted), then any chosen one beyond them, so it can be unticked.
 * `limit: false` lists every value (the no-JS page of one facet).
 */
export function facetOptions(values: FacetValue[], facet: ValueFacet, selected: readonly string[], limit = true) {
  if (!limit) return { options: values.map(asOption), hidden: 0 };
  const top = values.slice(0, FACET_LIMIT[facet]);
  const chosenBeyond = selected
    .filter((v) => !top.some((f) => f.value === v))
    .map((v) => values.find((f) => f.value === v) ?? { value: v, label: v, count: 0 });
  const hidden = values.length - top.length - chosenBeyond.filter((v) => v.count > 0).length;
  return { options: [...top, ...chosenBeyond].map(asOption), hidden };
}

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
export function presetsFor(today: string, years: FacetValue[]): Preset[] {
  const thisYear = today.slice(0, 4);
  return [
    { label: 'Last 30 days', from: daysBefore(today, 29) },
    { label: 'This year', from: `${thisYear}-01-01`, to: `${thisYear}-12-31`, count: years.find((y) => y.value === thisYear)?.count },
    ...years
      .filter((y) => y.value !== thisYear)
      .map((y) => ({ label: y.value, from: `${y.value}-01-01`, to: `${y.value}-12-31`, count: y.count })),
  ];
}

/** The date presets as links to `/` with the rest of the filter and the kept parameters. */
export function datePresets(filter: EventFilter, kept: Kept, today: string, years: FacetValue[]): DatePreset[] {
  return presetsFor(today, years).map((p) => [
    p.label,
    timelineHref(filter, kept, { from: p.from, to: p.to }),
    p.count ?? null,
    p.from === filter.from && p.to === filter.to,
  ]);
}
