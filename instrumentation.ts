import type { Instrumentation } from 'next';

/** Runs once when a server process starts (next start and next dev). */
export async function register() {
  // The Edge runtime has no filesystem or database; Node opens the database
  // now rather than on the first request (lib/db/startup.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServerDatabase } = await import('./lib/server-start');
    await startServerDatabase();
  }
}

// Server errors are logged once, as JSON with their digest and request id (lib/log/request-error.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/log/request-error');
  logRequestError(error, request, context);
};
