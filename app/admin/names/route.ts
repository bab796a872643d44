import { NextResponse } from 'next/server';
import { z } from 'zod';
import { apiRoute, badRequest } from '@/lib/api';
import { authorize, AuthorizationError } from '@/lib/auth/authorize';
import { LOOKUP_KINDS, lookupNames } from '@/lib/data/admin-lookup';
import '@/lib/schemas/error-map';

const querySchema = z.object({ kind: z.enum(LOOKUP_KINDS), q: z.string().max(200) });
const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * GET /admin/names?kind=actor&q=… : the name pickers' search
 * (components/admin/name-picker.tsx). Editors only, checked here and again
 * by the read; a signed-out caller gets 401, a bad query 400, never a 500.
 */
export const GET = apiRoute(async (request: Request) => {
  try {
    await authorize('editor');
  } catch (error) {
    if (error instanceof AuthorizationError)
      return NextResponse.json({ error: error.message }, { status: error.reason === 'unauthenticated' ? 401 : 403, headers: noStore });
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const parsed = querySchema.safeParse({ kind: params.get('kind') ?? undefined, q: params.get('q') ?? '' });
  if (!parsed.success) return badRequest(parsed.error);
  return NextResponse.json({ results: await lookupNames(parsed.data.kind, parsed.data.q) }, { headers: noStore });
});
