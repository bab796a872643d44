import 'server-only';
import { isPublic, namedLinkSelect, publicOnly, publishState } from './public-link';
import { isLookupKey } from '../schemas/lookup-key';
import type { Prisma } from '../generated/prisma/client';
import { publicDb as db } from '../db';
import { formatDateLabel } from '../dates';
import { toSourceDTO } from './events';

const live = { status: 'published', deletedAt: null } as const;
/** A citation readers can see: the event, proposal or figure quoting it is published and not in the trash. */
const publishedCitation: Prisma.CitationWhereInput = {
  OR: [{ event: live }, { proposal: { recordStatus: 'published', deletedAt: null } }, { figure: live }],
};

export async function listSources(options: { limit: number; after?: string }) {
  const prisma = await db();
  const rows = await prisma.source.findMany({
    where: { ...live, ...(options.after ? { id: { gt: options.after } } : {}) },
    orderBy: { id: 'asc' },
    take: options.limit + 1,
    include: { _count: { select: { citations: { where: publishedCitation } } } },
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  return {
    data: page.map((s) => ({ ...toSourceDTO(s), note: s.note, citationCount: s._count.citations })),
    nextCursor: more ? page.at(-1)!.id : null,
  };
}

/** A source and everything it supports: events, proposals and figures, each with the quote. */
export async function getSource(id: string) {
  if (!isLookupKey(id)) return null;
  const prisma = await db();
  const source = await prisma.source.findFirst({ where: { id, ...live } });
  if (!source) return null;
  const citations = await prisma.citation.findMany({
    where: {
      sourceId: id,
      ...publishedCitation,
    },
    include: {
      speaker: { select: namedLinkSelect },
      // Each linked record (and its sector) carries its publish state: the filter above lets a citation
      // through when any of its links is public, and a to-one sector can't be filtered in the query.
      event: {
        select: { slug: true, title: true, startDate: true, precision: true, endDate: true, approximate: true, ...publishState },
      },
      proposal: {
        select: {
          slug: true,
          title: true,
          status: true,
          recordStatus: true,
          deletedAt: true,
          sector: { select: { slug: true, ...publishState } },
        },
      },
      figure: {
        select: {
          slug: true,
          label: true,
          value: true,
          unit: true,
          currency: true,
          ...publishState,
          sector: { select: namedLinkSelect },
        },
      },
    },
  });
  const quote = (c: (typeof citations)[number]) => ({ quote: c.quote, speaker: publicOnly(c.speaker) });
  const events = citations.flatMap((c) => {
    const event = publicOnly(c.event);
    return event ? [{ c, event }] : [];
  });
  const proposals = citations.flatMap((c) => {
    const p = c.proposal;
    return p && isPublic({ status: p.recordStatus, deletedAt: p.deletedAt })
      ? [{ ...quote(c), slug: p.slug, title: p.title, status: p.status, sector: publicOnly(p.sector) }]
      : [];
  });
  const figures = citations.flatMap((c) => {
    const f = publicOnly(c.figure);
    return f ? [{ ...quote(c), ...f, sector: publicOnly(f.sector) }] : [];
  });
  return {
    ...toSourceDTO(source),
    note: source.note,
    events: events
      .sort((a, b) => a.event.startDate.getTime() - b.event.startDate.getTime())
      .map(({ c, event }) => ({
        ...quote(c),
        slug: event.slug,
        title: event.title,
        date: formatDateLabel(event.startDate, event.precision, event.endDate, event.approximate),
      })),
    proposals,
    figures,
  };
}
