import type { Instrumentation } from 'next';

// Server errors are logged once, as JSON with their digest and request id (lib/log/request-error.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/log/request-error');
  logRequestError(error, request, context);
};
