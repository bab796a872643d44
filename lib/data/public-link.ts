import 'server-only';

/**
 * A linked record as readers may see it. Prisma can filter a to-many include
 * but not a to-one one, so a to-one select brings `status` and `deletedAt`
 * along (`...publishState`) and `publicOnly` turns a draft or trashed record
 * into no record: its name and slug never reach a reader.
 */
export const publishState = { status: true, deletedAt: true } as const;

/** A linked actor or sector as a reader sees it (a quote's speaker, a role's organisation, a proposal's sector). */
export const namedLinkSelect = { slug: true, name: true, ...publishState } as const;

type Publishable = { status: string; deletedAt: Date | null };

export function isPublic(row: Publishable) {
  return row.status === 'published' && row.deletedAt === null;
}

export function publicOnly<T extends Publishable>(row: T | null | undefined): Omit<T, keyof Publishable> | null {
  if (!row || !isPublic(row)) return null;
  const { status: _status, deletedAt: _deletedAt, ...visible } = row;
  return visible;
}
