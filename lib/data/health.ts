import 'server-only';
import { readiness } from '../db/readiness';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';

/**
 * What the readiness probe reports: the database answers and every shipped
 * migration is applied. When not ready, how long a client should wait
 * before asking again. Public by design (load balancers call it unsigned).
 */
export async function readinessReport() {
  const state = await readiness();
  return { state, retryAfterSeconds: state.ready ? null : RETRY_AFTER_SECONDS };
}
