/** Failed sign-ins allowed per account and per address in the window. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
