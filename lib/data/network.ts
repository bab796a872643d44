import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { publicDb } from '../db';
import { formatDateLabel } from '../dates';
import type { EventFilter } from '../schemas/event-filter';
import { layoutNetwork } from '../network/layout';
import { cached, tags } from './cache';
import { eventWhere } from './event-query';

/** At most this many actors are drawn (the best connected): a bigger graph is unreadable and slow to paint. */
const NETWORK_MAX_ACTORS = 60;
export const NETWORK_SIZE = { width: 960, height: 640, margin: 48 } as const;

type NetworkNode = {
  id: string;
  slug: string;
  name: string;
  kind: 'person' | 'organisation';
  /** Distinct actors met, and shared events summed over them, among all pairs (not only those drawn). */
  degree: number;
  weight: number;
  x: number;
  y: number;
};
type NetworkEdge = { a: string; b: string; weight: number };
export type Network = { nodes: NetworkNode[]; edges: NetworkEdge[]; totalActors: number; totalPairs: number };

type Row = {
  nodes: Omit<NetworkNode, 'x' | 'y'>[] | null;
  edges: NetworkEdge[] | null;
  totalActors: number;
  totalPairs: number;
};

/**
 * Who met whom among the filtered events: actors linked by the events they
 * took part in together (mentions are not meetings, as on the actor page),
 * weighted by the number of such events. One statement aggregates the
 * event-actor pairs; only published, live events and actors count, so a
 * draft or trashed record is never a node, an edge or a weight.
 */
async function readNetwork(filter: EventFilter, limit: number): Promise<Network> {
  const prisma = await publicDb();
  const [row] = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH pairs AS MATERIALIZED (
      -- A self-join of the base tables, not of a CTE: the planner knows their sizes and hashes instead of sorting.
      SELECT l1."actorId" AS a, l2."actorId" AS b, count(*)::int AS n
      FROM "Event" e
      JOIN "EventActor" l1 ON l1."eventId" = e."id" AND l1."role" <> 'mentioned'
      JOIN "EventActor" l2 ON l2."eventId" = e."id" AND l2."role" <> 'mentioned' AND l1."actorId" < l2."actorId"
      JOIN "Actor" a1 ON a1."id" = l1."actorId" AND a1."status" = 'published' AND a1."deletedAt" IS NULL
      JOIN "Actor" a2 ON a2."id" = l2."actorId" AND a2."status" = 'published' AND a2."deletedAt" IS NULL
      WHERE ${eventWhere(filter)}
      GROUP BY 1, 2
    ), degrees AS MATERIALIZED (
      SELECT id, count(*)::int AS degree, sum(n)::int AS weight
      FROM (SELECT a AS id, n FROM pairs UNION ALL SELECT b, n FROM pairs) ends GROUP BY id
    ), top AS MATERIALIZED (
      SELECT d.*, a."slug", a."name", a."kind" FROM degrees d JOIN "Actor" a ON a."id" = d.id
      ORDER BY d.weight DESC, d.degree DESC, a."slug" LIMIT ${limit}
    )
    SELECT
      (SELECT json_agg(json_build_object('id', t.id, 'slug', t."slug", 'name', t."name", 'kind', t."kind",
         'degree', t.degree, 'weight', t.weight) ORDER BY t."slug") FROM top t) AS nodes,
      (SELECT json_agg(json_build_object('a', p.a, 'b', p.b, 'weight', p.n) ORDER BY p.a, p.b) FROM pairs p
         WHERE p.a IN (SELECT id FROM top) AND p.b IN (SELECT id FROM top)) AS edges,
      (SELECT count(*)::int FROM degrees) AS "totalActors",
      (SELECT count(*)::int FROM pairs) AS "totalPairs"`);
  const nodes = row?.nodes ?? [];
  const edges = row?.edges ?? [];
  const positions = layoutNetwork({ nodes, edges }, NETWORK_SIZE);
  return {
    nodes: nodes.map((n) => ({ ...n, ...positions.get(n.id)! })),
    edges,
    totalActors: row?.totalActors ?? 0,
    totalPairs: row?.totalPairs ?? 0,
  };
}

const getNetworkCached = cached(readNetwork, 'network', [tags.events, tags.actors, tags.sectors]);

export function getNetwork(filter: EventFilter, limit = NETWORK_MAX_ACTORS) {
  return getNetworkCached(filter, limit);
}

export type SharedEvent = { slug: string; title: string; date: string };

/** The filtered events two public actors both took part in (not as mentions): what a pair's count counts. */
export async function getSharedEvents(filter: EventFilter, pair: [string, string]): Promise<SharedEvent[]> {
  const prisma = await publicDb();
  const rows = await prisma.$queryRaw<
    { slug: string; title: string; startDate: Date; precision: 'day' | 'month' | 'year'; endDate: Date | null; approximate: boolean }[]
  >(Prisma.sql`
    SELECT e."slug", e."title", e."startDate", e."precision", e."endDate", e."approximate" FROM "Event" e
    WHERE ${eventWhere(filter)} AND (
      SELECT count(DISTINCT a."slug") FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
      WHERE ea."eventId" = e."id" AND ea."role" <> 'mentioned' AND a."slug" = ANY(${pair}::text[])
        AND a."status" = 'published' AND a."deletedAt" IS NULL) = 2
    ORDER BY e."startDate", e."id" LIMIT 500`);
  return rows.map((r) => ({ slug: r.slug, title: r.title, date: formatDateLabel(r.startDate, r.precision, r.endDate, r.approximate) }));
}

/** Names of the given actors that readers may see (a draft or trashed slug gets no name). */
export async function publicActorNames(slugs: readonly string[] | undefined): Promise<{ slug: string; name: string }[]> {
  if (!slugs?.length) return [];
  const prisma = await publicDb();
  return prisma.actor.findMany({
    where: { slug: { in: [...slugs] }, status: 'published', deletedAt: null },
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}
