import { NextResponse } from 'next/server';

/** Liveness for load balancers: the process answers. Touches no database, so an outage doesn't get the instance killed. */
export function GET() {
  return NextResponse.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: { 'Cache-Control': 'no-store' } });
}
