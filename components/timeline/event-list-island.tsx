'use client';

import { useEffect } from 'react';
import type { EventDTO } from '@/lib/data/events';
import { EventList } from './event-list';
import { islandData } from './island-store';

export interface EventListData {
  events: EventDTO[];
  ranked: boolean;
}

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
 * The list of events, sent once. In a document request the server puts the
 * events in the island store instead of the props, so the RSC payload holds
 * only the slot name; the HTML render reads them there and writes the list as
 * markup. In the browser the island hydrates as that same markup
 * (dangerouslySetInnerHTML of what the server wrote, so React neither
 * re-renders nor replaces it): its links are plain links. In a client-side
 * navigation there is no HTML, so the server sends the events as props (only
 * in the payload) and the list renders here.
 */
export function EventListIsland({ slot, data }: { slot: string; data?: EventListData }) {
  const server = typeof document === 'undefined';
  const given = data ?? (server ? islandData<EventListData>(slot) : undefined);
  const html = given || server ? undefined : writtenHtml(slot);
  const lost = !server && !given && html === undefined;
  useEffect(() => {
    // Neither data nor markup (a payload replayed from the router's cache after the page was left): load the page.
    if (lost) window.location.reload();
  }, [lost]);
  if (given) {
    return (
      <div data-island={slot}>
        <EventList events={given.events} ranked={given.ranked} />
      </div>
    );
  }
  return <div data-island={slot} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}
