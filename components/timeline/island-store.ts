/**
 * Hands server data to the server-side render of a client component without
 * putting it in the RSC payload (see html-island.tsx). The React server
 * components render and the HTML render of one request run in the same
 * process, in two module graphs: the store lives on globalThis so both see it.
 * Entries expire on a timer (a render may read one twice; an RSC-only request
 * never reads it).
 */
const TTL_MS = 30_000;
const holder = globalThis as unknown as { backchannelIslands?: Map<string, unknown> };

function store() {
  return (holder.backchannelIslands ??= new Map());
}

/** Server side: keeps `data` for this request's HTML render; returns the slot to pass to the island. */
export function putIslandData(slot: string, data: unknown) {
  store().set(slot, data);
  setTimeout(() => store().delete(slot), TTL_MS).unref?.();
}

/** HTML render side: the data put under `slot`, if still there. */
export function islandData<T>(slot: string): T | undefined {
  return store().get(slot) as T | undefined;
}
