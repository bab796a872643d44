import { NextResponse } from 'next/server';
// Next's own check, so the proxy refuses exactly what the renderer would throw on.
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import type { ProxyStep } from './pipeline';

/**
 * A client-side navigation sends the router's state in `Next-Router-State-Tree`.
 * Next parses it while rendering and answers 500 when it is malformed, so a
 * forged header would turn any page into a 500. Refuse it here with 400.
 */
export const rejectBadRouterState: ProxyStep = ({ request }) => {
  const header = request.headers.get('next-router-state-tree');
  if (header === null) return;
  try {
    parseAndValidateFlightRouterState(header);
  } catch {
    return NextResponse.json(
      { error: 'Malformed Next-Router-State-Tree header' },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
};
