import 'server-only';
import { namedLinkSelect, publicOnly } from './public-link';
import { isLookupKey } from '../schemas/lookup-key';
import { publicDb as db } from '../db';
import { cached, tags } from './cache';
import { formatDateLabel, isoDay } from '../dates';
import { toCitationDTO, type CitationDTO } from './events';

const live = { status: 'published', deletedAt: null } as const;

async function sectorLanes() {
  const prisma = await db();
  return prisma.sector.findMany({ where: live, select: { slug: true, name: true }, orderBy: { name: 'asc' } });
}
export const getSectorLanes = cached(sectorLanes, 'sector-lanes', [tags.sectors]);

const citationInclude = {
  orderBy: { position: 'asc' },
  where: { source: { status: 'published', deletedAt: null } },
  include: { speaker: { select: namedLinkSelect }, source: true },
} as const;

export async function listSectors(options: { limit: number; after?: string }) {
  const prisma = await db();
  const rows = await prisma.sector.findMany({
    where: { ...live, ...(options.after ? { slug: { gt: options.after } } : {}) },
    orderBy: { slug: 'asc' },
    take: options.limit + 1,
    include: {
      _count: {
        select: {
          events: { where: { event: live } },
          proposals: { where: { recordStatus: 'published', deletedAt: null } },
          figures: { where: live },
        },
      },
    },
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  return {
    data: page.map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      counts: { events: s._count.events, proposals: s._count.proposals, figures: s._count.figures },
    })),
    nextCursor: more ? page.at(-1)!.slug : null,
  };
}

export interface FigureDTO {
  slug: string;
  label: string;
  value: number;
  unit: string;
  currency: string | null;
  asOf: string | null;
  asOfPrecision: string | null;
  asOfLabel: string | null;
  sector: { slug: string; name: string } | null;
  citations: CitationDTO[];
}

function toFigureDTO(f: {
  slug: string;
  label: string;
  value: number;
  unit: string;
  currency: string | null;
  asOf: Date | null;
  asOfPrecision: 'day' | 'month' | 'year' | null;
  sector: PublishableSector | null;
  citations: Parameters<typeof toCitationDTO>[0][];
}): FigureDTO {
  return {
    slug: f.slug,
    label: f.label,
    value: f.value,
    unit: f.unit,
    currency: f.currency,
    asOf: f.asOf ? isoDay(f.asOf) : null,
    asOfPrecision: f.asOfPrecision,
    asOfLabel: f.asOf && f.asOfPrecision ? formatDateLabel(f.asOf, f.asOfPrecision) : null,
    sector: publicOnly(f.sector),
    citations: f.citations.map(toCitationDTO),
  };
}

// A proposal's or figure's sector is a to-one link: a draft or trashed one is mapped to null (publicOnly).
const sectorSelect = { select: namedLinkSelect } as const;
type PublishableSector = { slug: string; name: string; status: string; deletedAt: Date | null };

const figureInclude = { sector: sectorSelect, citations: citationInclude } as const;
const proposalInclude = {
  sector: sectorSelect,
  proposedBy: { where: { actor: live }, include: { actor: { select: { slug: true, name: true } } } },
  events: {
    where: { event: live },
    include: { event: { select: { slug: true, title: true, startDate: true, precision: true, endDate: true, approximate: true } } },
    orderBy: { event: { startDate: 'asc' } },
  },
  citations: citationInclude,
} as const;

export async function getSector(slug: string) {
  if (!isLookupKey(slug)) return null;
  const prisma = await db();
  const sector = await prisma.sector.findFirst({
    where: { slug, ...live },
    include: {
      proposals: { where: { recordStatus: 'published', deletedAt: null }, include: proposalInclude, orderBy: { title: 'asc' } },
      figures: { where: live, include: figureInclude, orderBy: [{ asOf: 'asc' }, { label: 'asc' }] },
    },
  });
  if (!sector) return null;
  return {
    slug: sector.slug,
    name: sector.name,
    description: sector.description,
    proposals: sector.proposals.map(toProposalDTO),
    figures: sector.figures.map(toFigureDTO),
  };
}

function toProposalDTO(p: {
  slug: string;
  title: string;
  summary: string;
  status: string;
  sector: PublishableSector;
  proposedBy: { actor: { slug: string; name: string } }[];
  events: {
    status: string | null;
    note: string | null;
    event: {
      slug: string;
      title: string;
      startDate: Date;
      precision: 'day' | 'month' | 'year';
      endDate: Date | null;
      approximate: boolean;
    };
  }[];
  citations: Parameters<typeof toCitationDTO>[0][];
}) {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    status: p.status,
    sector: publicOnly(p.sector),
    proposedBy: p.proposedBy.map((a) => a.actor),
    events: p.events.map((link) => ({
      slug: link.event.slug,
      title: link.event.title,
      date: formatDateLabel(link.event.startDate, link.event.precision, link.event.endDate, link.event.approximate),
      status: link.status,
      note: link.note,
    })),
    citations: p.citations.map(toCitationDTO),
  };
}

export async function listProposals(options: { limit: number; after?: string }) {
  const prisma = await db();
  const rows = await prisma.proposal.findMany({
    where: { recordStatus: 'published', deletedAt: null, ...(options.after ? { slug: { gt: options.after } } : {}) },
    orderBy: { slug: 'asc' },
    take: options.limit + 1,
    include: proposalInclude,
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  return { data: page.map(toProposalDTO), nextCursor: more ? page.at(-1)!.slug : null };
}

export async function listFigures(options: { limit: number; after?: string }) {
  const prisma = await db();
  const rows = await prisma.figure.findMany({
    where: { ...live, ...(options.after ? { slug: { gt: options.after } } : {}) },
    orderBy: { slug: 'asc' },
    take: options.limit + 1,
    include: figureInclude,
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  return { data: page.map(toFigureDTO), nextCursor: more ? page.at(-1)!.slug : null };
}
