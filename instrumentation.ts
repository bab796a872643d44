/** Runs once when a server process starts (next start and next dev). */
export async function register() {
  // The Edge runtime has no filesystem or database; Node opens the database
  // now rather than on the first request (lib/db/startup.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startDatabaseOrExit } = await import('./lib/db/startup');
    await startDatabaseOrExit();
  }
}
