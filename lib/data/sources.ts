import 'server-only';
import { publicSpeaker, speakerSelect } from './public-speaker';
import { isLookupKey } from '../schemas/lookup-key';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
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
      speaker: { select: speakerSelect },
      event: { select: { slug: true, title: true, startDate: true, precision: true, endDate: true, approximate: true } },
      proposal: { select: { slug: true, title: true, status: true, sector: { select: { slug: true } } } },
      figure: {
        select: { slug: true, label: true, value: true, unit: true, currency: true, sector: { select: { slug: true, name: true } } },
      },
    },
  });
  const quote = (c: (typeof citations)[number]) => ({ quote: c.quote, speaker: publicSpeaker(c.speaker) });
  return {
    ...toSourceDTO(source),
    note: source.note,
    events: citations
      .filter((c) => c.event)
      .sort((a, b) => a.event!.startDate.getTime() - b.event!.startDate.getTime())
      .map((c) => ({
        ...quote(c),
        slug: c.event!.slug,
        title: c.event!.title,
        date: formatDateLabel(c.event!.startDate, c.event!.precision, c.event!.endDate, c.event!.approximate),
      })),
    proposals: citations.filter((c) => c.proposal).map((c) => ({ ...quote(c), ...c.proposal! })),
    figures: citations.filter((c) => c.figure).map((c) => ({ ...quote(c), ...c.figure! })),
  };
}
