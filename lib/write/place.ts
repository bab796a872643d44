import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Errors } from './errors';

type Tx = Prisma.TransactionClient;

/**
 * The gazetteer place an editor named: its slug (what the form's list
 * inserts), else its name or an alias, case-insensitively. An unknown or
 * ambiguous name is a field error, not a guess.
 */
export async function resolvePlace(tx: Tx, name: string | undefined, errors: Errors): Promise<string | null> {
  if (!name) return null;
  const bySlug = await tx.place.findUnique({ where: { slug: name.toLowerCase() }, select: { id: true } });
  if (bySlug) return bySlug.id;
  const matches = await tx.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Place" p
    WHERE lower(p."name") = lower(${name}) OR lower(${name}) = ANY(SELECT lower(a) FROM unnest(p."aliases") a)
    LIMIT 2`;
  if (matches.length === 1) return matches[0].id;
  errors.place = [
    matches.length
      ? 'Several known places have this name: pick one from the list'
      : 'No known place has this name: pick one from the list, or type coordinates instead',
  ];
  return null;
}
