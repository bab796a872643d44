'use client';

import { useEffect, type ReactNode } from 'react';
import type { EventDTO } from '@/lib/data/events';
import { EventList } from './event-list';
import { ChartNumbers, type ChartNumbersData } from './chart-numbers';
import { islandData } from './island-store';

export interface IslandData {
  events: { events: EventDTO[]; ranked: boolean };
  'chart-numbers': ChartNumbersData;
}
export type IslandKind = keyof IslandData;

const renderers: { [K in IslandKind]: (data: IslandData[K]) => ReactNode } = {
  events: (d) => <EventList events={d.events} ranked={d.ranked} />,
  'chart-numbers': (d) => <ChartNumbers {...d} />,
};

/** Markup the server wrote, by slot, read once at hydration (Back may show a slot again after it left the DOM). */
const written = new Map<string, string>();

function writtenHtml(slot: string) {
  if (!written.has(slot)) {
    const element = document.querySelector(`[data-island="${CSS.escape(slot)}"]`);
    if (element) written.set(slot, element.innerHTML);
  }
  return written.get(slot);
}

/**
 * A large, non-interactive part of `/`, sent once. In a document request the
 * server puts its data in the island store instead of the props (island.tsx),
 * so the RSC payload holds only the slot name; the HTML render reads it there
 * and writes the markup. In the browser the island hydrates as that same
 * markup (dangerouslySetInnerHTML of what the server wrote, so React neither
 * re-renders nor replaces it): its links are plain links. A client-side
 * navigation has no HTML, so there the server sends the data as props (only
 * in the payload) and the island renders here.
 */
export function HtmlIsland<K extends IslandKind>({ slot, kind, data }: { slot: string; kind: K; data?: IslandData[K] }) {
  const server = typeof document === 'undefined';
  const given = data ?? (server ? islandData<IslandData[K]>(slot) : undefined);
  const html = given || server ? undefined : writtenHtml(slot);
  const lost = !server && !given && html === undefined;
  useEffect(() => {
    // Neither data nor markup (a payload replayed from the router's cache after the page was left): load the page.
    if (lost) window.location.reload();
  }, [lost]);
  if (given) return <div data-island={slot}>{renderers[kind](given)}</div>;
  return <div data-island={slot} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}
