/**
 * Was an actor under sanctions at the time of an event, and did a licence
 * cover it? Dates here carry their precision (a month-precision listing may
 * fall on any day of that month), so each answer is yes, no or maybe: the
 * rule never claims more than the dates support.
 */
import { periodEnd, type Precision } from './dates';

export type Tri = 'yes' | 'no' | 'maybe';
export interface Dated {
  date: Date;
  precision: Precision;
}
export interface DesignationSpan {
  id: string;
  authority: string;
  listed: Dated | null;
  /** The sources only show it in force by `listed`, not when it began. */
  listedOnOrBefore: boolean;
  delisted: Dated | null;
}
export interface WaiverSpan {
  designationId: string | null;
  eventId: string | null;
  from: Dated | null;
  /** Null: the end is not known (not "for ever"). */
  to: Dated | null;
}
export interface EventSpan {
  id: string;
  /** First and last day the event may cover (Event.startDate, Event.periodEnd). */
  start: Date;
  end: Date;
}

const t = (d: Date) => d.getTime();
const first = (d: Dated) => t(d.date);
const last = (d: Dated) => t(periodEnd(d.date, d.precision));

/** In force on every day of the event (yes), on none (no), or the dates cannot tell (maybe). */
export function designationInForce(d: DesignationSpan, event: EventSpan): Tri {
  const startEarliest = d.listed && !d.listedOnOrBefore ? first(d.listed) : -Infinity;
  const startLatest = d.listed ? last(d.listed) : Infinity;
  // Delisted on a day: not in force from that day on.
  const endEarliest = d.delisted ? first(d.delisted) : Infinity;
  const endLatest = d.delisted ? last(d.delisted) : Infinity;
  if (startEarliest > t(event.end) || endLatest <= t(event.start)) return 'no';
  if (startLatest <= t(event.start) && endEarliest > t(event.end)) return 'yes';
  return 'maybe';
}

/** Whether a licence's window (inclusive at both ends) covers the whole event. */
export function waiverCovers(w: WaiverSpan, event: EventSpan): Tri {
  if (w.eventId && w.eventId === event.id) return 'yes';
  const fromEarliest = w.from ? first(w.from) : -Infinity;
  const fromLatest = w.from ? last(w.from) : Infinity;
  const toEarliest = w.to ? first(w.to) : fromEarliest;
  const toLatest = w.to ? last(w.to) : Infinity;
  if (fromEarliest > t(event.end) || toLatest < t(event.start)) return 'no';
  if (fromLatest <= t(event.start) && toEarliest >= t(event.end)) return 'yes';
  return 'maybe';
}

const rank: Record<Tri, number> = { no: 0, maybe: 1, yes: 2 };
const best = (values: Tri[]): Tri => values.reduce<Tri>((a, b) => (rank[b] > rank[a] ? b : a), 'no');

export interface StatusAtEvent {
  sanctioned: Tri;
  /** Only when sanctioned is yes: did licences cover every designation in force? */
  waived: Tri | null;
  authorities: string[];
}

/**
 * The actor's status at an event, from its designations and waivers. Null
 * when the actor has no designation on record: that is "we have no record",
 * not "not sanctioned".
 */
export function statusAtEvent(designations: DesignationSpan[], waivers: WaiverSpan[], event: EventSpan): StatusAtEvent | null {
  if (designations.length === 0) return null;
  const inForce = designations.map((d) => ({ d, tri: designationInForce(d, event) }));
  const sanctioned = best(inForce.map((x) => x.tri));
  const relevant = inForce.filter((x) => x.tri === sanctioned && sanctioned !== 'no');
  const authorities = [...new Set(relevant.map((x) => x.d.authority))];
  if (sanctioned !== 'yes') return { sanctioned, waived: null, authorities };
  const cover = relevant.map(({ d }) =>
    best(waivers.filter((w) => w.designationId === null || w.designationId === d.id).map((w) => waiverCovers(w, event))),
  );
  const waived: Tri = cover.every((c) => c === 'yes') ? 'yes' : cover.some((c) => c !== 'no') ? 'maybe' : 'no';
  return { sanctioned, waived, authorities };
}

/** The words a reader (and a screen reader) gets for a status. */
export function statusLabel(s: StatusAtEvent, authorityNames: (a: string) => string): string {
  const by = s.authorities.length ? ` (${s.authorities.map(authorityNames).join(', ')})` : '';
  if (s.sanctioned === 'no') return 'Not under the recorded sanctions at the time';
  if (s.sanctioned === 'maybe') return `Possibly under sanctions at the time${by}: the dates on record are not precise enough to tell`;
  if (s.waived === 'yes') return `Under sanctions at the time${by}, suspended by a licence for this event`;
  if (s.waived === 'maybe') return `Under sanctions at the time${by}; a licence may have covered this event`;
  return `Under sanctions at the time${by}`;
}
