import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { fieldName, type ParseResult } from './parse';
import { guessActorKind } from '../actor-kind';
import { eventInputSchema, type EventInput } from '../schemas/event';
import type { ImportPreview, ImportSource, MatchedBy, PlanLink, PlannedRow, PlanSummaryItem } from '../schemas/import';
import { allocate } from '../slug';
import { echo } from '../schemas/error-map';

type Tx = Prisma.TransactionClient;
type Parsed = Extract<ParseResult, { ok: true }>;

interface NewActor {
  slug: string;
  name: string;
  kind: 'person' | 'organisation';
}
interface NewSector {
  slug: string;
  name: string;
}
interface NewSource extends Omit<ImportSource, 'id'> {
  id: string;
}

/** What the import will write: the preview the editor sees, plus the resolved records behind it. */
export interface ImportPlan {
  preview: ImportPreview;
  /** One per row, in file order; present only when the row has no errors. */
  inputs: ({ row: number; input: EventInput } | null)[];
  newActors: NewActor[];
  newSectors: NewSector[];
  newSources: NewSource[];
}

const lower = (s: string) => s.trim().toLowerCase();

class Summary {
  private items = new Map<string, PlanSummaryItem>();
  add(key: string, item: Omit<PlanSummaryItem, 'rows' | 'key'>, row: number) {
    const existing = this.items.get(key);
    if (existing) {
      if (!existing.rows.includes(row)) existing.rows.push(row);
    } else this.items.set(key, { key, ...item, rows: [row] });
  }
  list() {
    return [...this.items.values()].sort((a, b) => a.label.localeCompare(b.label));
  }
}

/**
 * Matches every row of a parsed file against the database and decides what
 * will be created. Reads only: the preview runs it outside a transaction,
 * the import again inside its own, so what is written is what was checked.
 */
export async function planImport(tx: Tx, parsed: Parsed, fileName: string | null): Promise<ImportPlan> {
  const events = parsed.rows.flatMap((r) => (r.event ? [r.event] : []));
  const slugs = [...new Set(parsed.rows.map((r) => r.event?.slug ?? r.display.slug).filter(Boolean))];
  // One query after another: inside an interactive transaction they share one connection.
  const actors = await tx.actor.findMany({ select: { slug: true, name: true, aliases: true, deletedAt: true }, orderBy: { slug: 'asc' } });
  const sectors = await tx.sector.findMany({ select: { slug: true, name: true, deletedAt: true }, orderBy: { slug: 'asc' } });
  const sources = await tx.source.findMany({ select: { id: true, title: true, outlet: true, deletedAt: true }, orderBy: { id: 'asc' } });
  const proposals = events.some((e) => e.proposals.length)
    ? await tx.proposal.findMany({ where: { deletedAt: null }, select: { slug: true, title: true }, orderBy: { slug: 'asc' } })
    : [];
  const takenEvents = await tx.event.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true, deletedAt: true } });
  const redirects = await tx.eventSlugRedirect.findMany({ where: { fromSlug: { in: slugs } }, select: { fromSlug: true } });

  // --- indexes of what exists (live records only; trashed ones still hold their slugs)
  const liveActors = actors.filter((a) => !a.deletedAt);
  const actorBySlug = new Map(liveActors.map((a) => [a.slug, a]));
  const actorsByName = new Map<string, typeof liveActors>();
  const actorsByAlias = new Map<string, typeof liveActors>();
  for (const a of liveActors) {
    actorsByName.set(lower(a.name), [...(actorsByName.get(lower(a.name)) ?? []), a]);
    for (const alias of a.aliases) actorsByAlias.set(lower(alias), [...(actorsByAlias.get(lower(alias)) ?? []), a]);
  }
  const actorSlugs = new Set(actors.map((a) => a.slug));
  const liveSectors = sectors.filter((s) => !s.deletedAt);
  const sectorBySlug = new Map(liveSectors.map((s) => [s.slug, s]));
  const sectorByName = new Map(liveSectors.map((s) => [lower(s.name), s]));
  const sectorSlugs = new Set(sectors.map((s) => s.slug));
  const liveSources = sources.filter((s) => !s.deletedAt);
  const sourceById = new Map(liveSources.map((s) => [s.id, s]));
  const sourceByTitleOutlet = new Map<string, (typeof liveSources)[number]>();
  for (const s of liveSources) {
    const key = `${s.title.trim()}\u0000${(s.outlet ?? '').trim()}`;
    if (!sourceByTitleOutlet.has(key)) sourceByTitleOutlet.set(key, s);
  }
  const sourceIds = new Set(sources.map((s) => s.id));
  const proposalBySlug = new Map(proposals.map((p) => [p.slug, p]));
  const proposalByTitle = new Map(proposals.map((p) => [lower(p.title), p]));
  const eventBySlug = new Map(takenEvents.map((e) => [e.slug, e]));
  const redirected = new Set(redirects.map((r) => r.fromSlug));

  // --- records the import will create, shared between rows
  const newActors = new Map<string, NewActor>(); // by lower-case name
  const newActorBySlug = new Map<string, NewActor>();
  const newSectors = new Map<string, NewSector>(); // by lower-case name
  const newSources = new Map<string, NewSource>(); // by id given, or title+outlet
  const summary = {
    matched: { actors: new Summary(), sectors: new Summary(), sources: new Summary(), proposals: new Summary() },
    created: { actors: new Summary(), sectors: new Summary(), sources: new Summary() },
  };

  function resolveActor(ref: { slug: string | null; name: string | null }, row: number): PlanLink | string {
    const label = ref.name ?? ref.slug!;
    if (ref.slug && actorBySlug.has(ref.slug)) {
      const a = actorBySlug.get(ref.slug)!;
      summary.matched.actors.add(a.slug, { label, existing: a.name, by: 'slug' }, row);
      return { label, key: a.slug, status: 'matched', by: 'slug', existing: a.name };
    }
    if (ref.name) {
      for (const [by, index] of [
        ['name', actorsByName],
        ['alias', actorsByAlias],
      ] as const) {
        const hits = index.get(lower(ref.name)) ?? [];
        if (hits.length > 1)
          return `"${echo(ref.name)}" matches several actors (${hits.map((h) => h.slug).join(', ')}); give the slug of the one meant`;
        if (hits.length === 1) {
          const a = hits[0];
          summary.matched.actors.add(a.slug, { label, existing: a.name, by }, row);
          return { label, key: a.slug, status: 'matched', by, existing: a.name };
        }
      }
      let created = newActors.get(lower(ref.name)) ?? (ref.slug ? newActorBySlug.get(ref.slug) : undefined);
      if (!created) {
        created = {
          slug: allocate(ref.slug ?? ref.name, actorSlugs, 'actor'),
          name: ref.name.trim(),
          kind: guessActorKind(ref.name.trim()),
        };
        newActors.set(lower(ref.name), created);
        if (ref.slug) newActorBySlug.set(ref.slug, created);
      }
      summary.created.actors.add(created.slug, { label: created.name, kind: created.kind }, row);
      return { label, key: created.slug, status: 'new' };
    }
    const pending = newActorBySlug.get(ref.slug!);
    if (pending) {
      summary.created.actors.add(pending.slug, { label: pending.name, kind: pending.kind }, row);
      return { label, key: pending.slug, status: 'new' };
    }
    return `No actor with the slug "${echo(ref.slug)}"; add its name to create it`;
  }

  function resolveSector(ref: { slug: string | null; name: string | null }, row: number): PlanLink {
    const label = ref.name ?? ref.slug!;
    const bySlug = ref.slug ? sectorBySlug.get(ref.slug) : undefined;
    const byName = ref.name ? sectorByName.get(lower(ref.name)) : undefined;
    const found = bySlug ?? byName;
    if (found) {
      const by: MatchedBy = bySlug ? 'slug' : 'name';
      summary.matched.sectors.add(found.slug, { label, existing: found.name, by }, row);
      return { label, key: found.slug, status: 'matched', by, existing: found.name };
    }
    const name = (ref.name ?? ref.slug!).trim();
    let created = newSectors.get(lower(name));
    if (!created) {
      created = { slug: allocate(ref.slug ?? name, sectorSlugs, 'sector'), name };
      newSectors.set(lower(name), created);
    }
    summary.created.sectors.add(created.slug, { label: created.name }, row);
    return { label, key: created.slug, status: 'new' };
  }

  function resolveSource(source: ImportSource, row: number): PlanLink {
    const label = source.outlet ? `${source.title} (${source.outlet})` : source.title;
    const byId = source.id ? sourceById.get(source.id) : undefined;
    const byTitle = sourceByTitleOutlet.get(`${source.title.trim()}\u0000${(source.outlet ?? '').trim()}`);
    const found = byId ?? byTitle;
    if (found) {
      const by: MatchedBy = byId ? 'id' : 'title and outlet';
      summary.matched.sources.add(found.id, { label, existing: found.outlet ? `${found.title} (${found.outlet})` : found.title, by }, row);
      return { label, key: found.id, status: 'matched', by, existing: found.title };
    }
    const dedupe = source.id ? `id:${source.id}` : `t:${source.title.trim()}\u0000${(source.outlet ?? '').trim()}`;
    const alsoByTitle = `t:${source.title.trim()}\u0000${(source.outlet ?? '').trim()}`;
    let created = newSources.get(dedupe) ?? newSources.get(alsoByTitle);
    if (!created) {
      created = { ...source, id: allocate(source.id ?? source.title, sourceIds, 'source') };
      newSources.set(dedupe, created);
      newSources.set(alsoByTitle, created);
    }
    summary.created.sources.add(created.id, { label }, row);
    return { label, key: created.id, status: 'new' };
  }

  const rows: PlannedRow[] = [];
  const inputs: ImportPlan['inputs'] = [];
  const path = (p: PropertyKey[]) => fieldName(p, parsed.format);
  for (const r of parsed.rows) {
    const planned: PlannedRow = {
      ...r,
      errors: [...r.errors],
      warnings: [...r.warnings],
      actors: [],
      sectors: [],
      sources: [],
      proposals: [],
    };
    rows.push(planned);
    const slug = r.event?.slug ?? r.display.slug;
    const taken = slug ? eventBySlug.get(slug) : undefined;
    if (taken)
      planned.errors.push(
        `slug: an existing event${taken.deletedAt ? ' (in the trash)' : ''} already uses "${echo(slug)}" (“${echo(taken.title)}”); choose another slug`,
      );
    else if (slug && redirected.has(slug))
      planned.errors.push(`slug: "${echo(slug)}" was an event's former slug and still redirects to it; choose another slug`);
    const e = r.event;
    if (!e) {
      inputs.push(null);
      continue;
    }

    const actorKeys: { actor: string; role: EventInput['actors'][number]['role']; title?: string }[] = [];
    e.actors.forEach((a, i) => {
      const link = resolveActor(a, r.row);
      if (typeof link === 'string') return void planned.errors.push(`${path(['actors', i])}: ${link}`);
      const twin = actorKeys.findIndex((k) => k.actor === link.key);
      if (twin !== -1)
        return void planned.errors.push(
          `${path(['actors', i])}: "${echo(link.label)}" is the same actor as entry ${twin + 1} (${link.key})`,
        );
      planned.actors.push(link);
      actorKeys.push({ actor: link.key, role: a.role, title: a.title ?? undefined });
    });
    const sectorKeys = [
      ...new Set(
        e.sectors.map((s) => {
          const link = resolveSector(s, r.row);
          if (!planned.sectors.some((x) => x.key === link.key)) planned.sectors.push(link);
          return link.key;
        }),
      ),
    ];
    const proposalKeys: string[] = [];
    e.proposals.forEach((p, i) => {
      const found = (p.slug ? proposalBySlug.get(p.slug) : undefined) ?? (p.title ? proposalByTitle.get(lower(p.title)) : undefined);
      const label = p.title ?? p.slug!;
      if (!found)
        return void planned.errors.push(
          `${path(['proposals', i])}: no proposal "${echo(label)}"; the import links existing proposals only, so create it first or leave it out`,
        );
      const by: MatchedBy = p.slug && proposalBySlug.has(p.slug) ? 'slug' : 'title';
      summary.matched.proposals.add(found.slug, { label, existing: found.title, by }, r.row);
      if (!planned.proposals.some((x) => x.key === found.slug))
        planned.proposals.push({ label, key: found.slug, status: 'matched', by, existing: found.title });
      if (!proposalKeys.includes(found.slug)) proposalKeys.push(found.slug);
    });
    const citations: EventInput['citations'] = [];
    e.citations.forEach((c, i) => {
      const source = resolveSource(c.source, r.row);
      if (!planned.sources.some((x) => x.key === source.key)) planned.sources.push(source);
      if (c.source.publishedAt && !c.source.publishedPrecision && source.status === 'new') {
        planned.warnings.push(
          `${path(['citations', i, 'source'])}: the file gives no precision for the publication date ${c.source.publishedAt}; the new source records it as a day — check it`,
        );
      }
      let speaker: string | undefined;
      if (c.speaker) {
        const link = resolveActor({ slug: null, name: c.speaker }, r.row);
        if (typeof link === 'string') planned.errors.push(`${path(['citations', i, 'speaker'])}: ${link}`);
        else {
          speaker = link.key;
          if (!planned.actors.some((x) => x.key === link.key)) planned.actors.push({ ...link, label: `${link.label} (speaker)` });
        }
      }
      citations.push({ source: source.key, quote: c.quote, speaker });
    });

    const candidate = {
      title: e.title,
      slug: e.slug,
      type: e.type,
      startDate: e.date.start,
      precision: e.date.precision,
      endDate: e.date.end ?? undefined,
      approximate: e.date.approximate,
      location: e.location ?? undefined,
      summary: e.summary,
      status: 'draft' as const,
      actors: actorKeys,
      sectors: sectorKeys,
      proposals: proposalKeys,
      citations,
      message: `Imported from ${fileName ?? 'pasted text'}`,
    };
    // The event form's own rules, so an imported draft is one the form could have saved.
    const checked = eventInputSchema.safeParse(candidate);
    if (!checked.success)
      for (const issue of checked.error.issues) planned.errors.push(`${issue.path.join('.') || 'event'}: ${issue.message}`);
    inputs.push(planned.errors.length === 0 && checked.success ? { row: r.row, input: checked.data } : null);
  }

  const unique = <T>(m: Map<string, T>) => [...new Set(m.values())];
  return {
    preview: {
      format: parsed.format,
      fileName,
      notes: parsed.notes,
      rows,
      errorCount: rows.filter((r) => r.errors.length).length,
      matched: {
        actors: summary.matched.actors.list(),
        sectors: summary.matched.sectors.list(),
        sources: summary.matched.sources.list(),
        proposals: summary.matched.proposals.list(),
      },
      created: { actors: summary.created.actors.list(), sectors: summary.created.sectors.list(), sources: summary.created.sources.list() },
    },
    inputs,
    newActors: unique(newActors),
    newSectors: unique(newSectors),
    newSources: unique(newSources),
  };
}
