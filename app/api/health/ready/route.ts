import { NextResponse } from 'next/server';
import { readiness } from '@/lib/db/readiness';
import { RETRY_AFTER_SECONDS } from '@/lib/db/unavailable';

export const dynamic = 'force-dynamic';

/** Readiness for load balancers: 200 only when the database answers and every migration is applied. */
export async function GET() {
  const state = await readiness();
  return NextResponse.json(state, {
    status: state.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(state.ready ? {} : { 'Retry-After': String(RETRY_AFTER_SECONDS) }) },
  });
}
