'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False in the server's HTML and until React has hydrated, true after. A
 * control that only works through JavaScript (an "Add another" or "Remove"
 * button, the "New actor…" dialog) renders only when this is true, so an
 * editor without JavaScript sees no button that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
