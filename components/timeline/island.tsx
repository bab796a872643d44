import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { HtmlIsland, type IslandData, type IslandKind } from './html-island';
import { putIslandData } from './island-store';

/**
 * Server side of an HtmlIsland: in a document request the data goes to the
 * HTML render through the island store (markup only); in a client-side
 * navigation (an RSC request, no HTML) it goes as props (payload only).
 * Either way it is sent once.
 */
export async function Island<K extends IslandKind>({ kind, data }: { kind: K; data: IslandData[K] }) {
  const slot = randomUUID();
  const clientNavigation = (await headers()).get('rsc') === '1';
  if (!clientNavigation) putIslandData(slot, data);
  return <HtmlIsland slot={slot} kind={kind} data={clientNavigation ? data : undefined} />;
}
