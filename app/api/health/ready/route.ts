import { NextResponse } from 'next/server';
import { readinessReport } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

/** Readiness for load balancers: 200 only when the database answers and every migration is applied. */
export async function GET() {
  const { state, retryAfterSeconds } = await readinessReport();
  return NextResponse.json(state, {
    status: state.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(retryAfterSeconds === null ? {} : { 'Retry-After': String(retryAfterSeconds) }) },
  });
}
