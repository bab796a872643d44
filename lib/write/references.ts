import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Errors } from './errors';

type Tx = Prisma.TransactionClient;

const labels = { actor: 'actor', sector: 'sector', event: 'event', proposal: 'proposal' } as const;

/**
 * Slugs → ids of live (not trashed) records, drafts included. Each unknown
 * slug adds an error at `path(i)`, the form field it came from.
 */
export async function idsBySlug(
  tx: Tx,
  model: keyof typeof labels,
  slugs: (string | undefined)[],
  path: (i: number) => string,
  errors: Errors,
) {
  const unique = [...new Set(slugs.filter((s): s is string => Boolean(s)))];
  const where = { slug: { in: unique }, deletedAt: null };
  const select = { id: true, slug: true } as const;
  const rows =
    unique.length === 0
      ? []
      : model === 'actor'
        ? await tx.actor.findMany({ where, select })
        : model === 'sector'
          ? await tx.sector.findMany({ where, select })
          : model === 'proposal'
            ? await tx.proposal.findMany({ where, select })
            : await tx.event.findMany({ where, select });
  const map = new Map(rows.map((r) => [r.slug, r.id]));
  slugs.forEach((slug, i) => {
    if (slug && !map.has(slug)) errors[path(i)] = [`No ${labels[model]} with the slug "${slug}"`];
  });
  return map;
}

/** Checks the sources and speakers of citation rows; returns rows ready to insert once the owner id is known. */
export async function citationRows(tx: Tx, citations: { source: string; quote: string; speaker?: string }[], errors: Errors) {
  const speakers = await idsBySlug(
    tx,
    'actor',
    citations.map((c) => c.speaker),
    (i) => `citations.${i}.speaker`,
    errors,
  );
  const ids = [...new Set(citations.map((c) => c.source))];
  const known = new Set((await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((s) => s.id));
  citations.forEach((c, i) => {
    if (!known.has(c.source)) errors[`citations.${i}.source`] = ['This source does not exist or is in the trash'];
  });
  return (owner: { proposalId: string } | { figureId: string } | { designationId: string } | { waiverId: string }) =>
    citations.map((c, position) => ({
      ...owner,
      sourceId: c.source,
      quote: c.quote,
      speakerId: c.speaker ? speakers.get(c.speaker)! : null,
      position,
    }));
}
