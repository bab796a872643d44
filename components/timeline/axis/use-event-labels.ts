import { useEffect, useRef, useState } from 'react';

export interface EventLabel {
  slug: string;
  title: string;
  label: string;
}

const CHUNK = 50;

/**
 * Titles, slugs and date labels for the axis's cards, fetched a chunk of 50
 * events at a time (GET /api/v1/timeline/labels) only when a card needs one,
 * so zooming and panning never hit the server. Indexes are positions in the
 * compact columns, which share the labels endpoint's order.
 */
export function useEventLabels(query: string) {
  const chunks = useRef(new Map<number, Promise<EventLabel[]>>());
  const loaded = useRef(new Map<number, EventLabel[]>());
  const [, setVersion] = useState(0);

  useEffect(() => {
    chunks.current = new Map();
    loaded.current = new Map();
  }, [query]);

  const load = (index: number): Promise<EventLabel[]> => {
    const offset = Math.floor(index / CHUNK) * CHUNK;
    let chunk = chunks.current.get(offset);
    if (!chunk) {
      const params = new URLSearchParams(query);
      params.set('offset', String(offset));
      params.set('limit', String(CHUNK));
      chunk = fetch(`/api/v1/timeline/labels?${params}`)
        .then((r) => (r.ok ? (r.json() as Promise<{ data: EventLabel[] }>) : { data: [] }))
        .then(({ data }) => {
          loaded.current.set(offset, data);
          setVersion((v) => v + 1);
          return data;
        })
        .catch(() => {
          chunks.current.delete(offset);
          return [];
        });
      chunks.current.set(offset, chunk);
    }
    return chunk;
  };

  return {
    want: (index: number) => void load(index),
    get: async (index: number) => (await load(index))[index % CHUNK] ?? null,
    peek: (index: number) => loaded.current.get(Math.floor(index / CHUNK) * CHUNK)?.[index % CHUNK],
  };
}
