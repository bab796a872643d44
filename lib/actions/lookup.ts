'use server';

import { z } from 'zod';
import { authorize, AuthorizationError } from '../auth/authorize';
import { LOOKUP_KINDS, lookupNames, type LookupResult } from '../data/admin-lookup';
import '../schemas/error-map';

const lookupSchema = z.object({ kind: z.enum(LOOKUP_KINDS), q: z.string().max(200) });

/**
 * The name pickers' search (components/admin/name-picker.tsx): editors
 * only, checked here and again by the read. Anything else, including a
 * signed-out caller or a tampered argument, gets no results rather than an
 * error, so a picker simply shows nothing.
 */
export async function searchNames(kind: unknown, q: unknown): Promise<LookupResult[]> {
  const parsed = lookupSchema.safeParse({ kind, q });
  if (!parsed.success) return [];
  try {
    await authorize('editor');
  } catch (error) {
    if (error instanceof AuthorizationError) return [];
    throw error;
  }
  return lookupNames(parsed.data.kind, parsed.data.q);
}
