import 'server-only';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { designationInputSchema, type DesignationInput } from '../schemas/sanction';
import type { ImportPreview, ImportReport, PlannedRow } from '../schemas/import';
import { authorityName } from '../sanction-labels';
import { allocate } from '../slug';
import { writeDesignation } from '../write/designation';
import { ValidationError } from '../write/errors';
import { writeSource } from '../write/source';
import type { ApplyResult } from './apply';
import { parseFtm, type FtmRow } from './ftm';
import { echo } from '../schemas/error-map';

type Tx = Prisma.TransactionClient;
type Parsed = Extract<ReturnType<typeof parseFtm>, { ok: true }>;
const lower = (s: string) => s.trim().toLowerCase();

interface NewSource {
  id: string;
  title: string;
  url: string;
}
export interface FtmPlan {
  preview: ImportPreview;
  inputs: { row: number; input: DesignationInput }[];
  newSources: NewSource[];
}

/**
 * Matches each Sanction row's entity to an existing actor, by name then by
 * alias (Cyrillic aliases included), never creating one: an unknown actor is
 * the row's error. A designation already on record (same actor, authority,
 * programme and start) is skipped with a warning, so a newer file can be
 * imported again. Reads only, like planImport.
 */
export async function planFtm(tx: Tx, parsed: Parsed, fileName: string | null): Promise<FtmPlan> {
  const actors = await tx.actor.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, aliases: true } });
  const byName = new Map<string, typeof actors>();
  const byAlias = new Map<string, typeof actors>();
  for (const a of actors) {
    byName.set(lower(a.name), [...(byName.get(lower(a.name)) ?? []), a]);
    for (const alias of a.aliases) byAlias.set(lower(alias), [...(byAlias.get(lower(alias)) ?? []), a]);
  }
  const existing = await tx.designation.findMany({
    where: { deletedAt: null },
    select: { actorId: true, authority: true, programme: true, listedOn: true },
  });
  const sources = await tx.source.findMany({ select: { id: true, title: true, url: true, deletedAt: true } });
  const sourceByUrl = new Map(sources.filter((s) => !s.deletedAt && s.url).map((s) => [s.url!, s]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const newSources = new Map<string, NewSource>();
  const matchedActors = new Map<string, { key: string; label: string; existing: string; by: 'name' | 'alias'; rows: number[] }>();
  const matchedSources = new Map<string, { key: string; label: string; existing: string; by: 'url'; rows: number[] }>();
  const createdSources = new Map<string, { key: string; label: string; rows: number[] }>();

  const rows: PlannedRow[] = [];
  const inputs: FtmPlan['inputs'] = [];
  for (const r of parsed.rows as FtmRow[]) {
    const planned: PlannedRow = {
      ...r,
      errors: [...r.errors],
      warnings: [...r.warnings],
      actors: [],
      sectors: [],
      sources: [],
      proposals: [],
    };
    delete (planned as Partial<FtmRow>).designation;
    rows.push(planned);
    const d = r.designation;
    if (!d) continue;

    // --- the actor: each name of the entity against names, then against aliases
    let actor: (typeof actors)[number] | null = null;
    let by: 'name' | 'alias' = 'name';
    for (const [how, index, candidates] of [
      ['name', byName, [...d.names, ...d.aliases]],
      ['alias', byAlias, [...d.names, ...d.aliases]],
    ] as const) {
      const hits = [...new Map(candidates.flatMap((n) => index.get(lower(n)) ?? []).map((a) => [a.id, a])).values()];
      if (hits.length > 1) {
        planned.errors.push(
          `entity: "${echo(d.names[0])}" matches several actors (${hits.map((h) => h.slug).join(', ')}); merge them or rename one`,
        );
        break;
      }
      if (hits.length === 1) {
        actor = hits[0];
        by = how;
        break;
      }
    }
    if (!actor) {
      if (planned.errors.length === 0)
        planned.errors.push(
          `entity: no actor is named "${echo(d.names[0])}" (or any of its ${d.aliases.length} aliases); create the actor first`,
        );
      continue;
    }
    planned.actors.push({ label: d.names[0], key: actor.slug, status: 'matched', by, existing: actor.name });
    const m = matchedActors.get(actor.slug) ?? { key: actor.slug, label: d.names[0], existing: actor.name, by, rows: [] };
    m.rows.push(r.row);
    matchedActors.set(actor.slug, m);

    const listedOn = d.listed?.date ?? null;
    const duplicate = existing.some(
      (e) =>
        e.actorId === actor.id &&
        e.authority === d.authority &&
        (e.programme ?? null) === d.programme &&
        (e.listedOn ? e.listedOn.toISOString().slice(0, 10) : null) === listedOn,
    );
    if (duplicate) {
      planned.warnings.push(`Already recorded for ${actor.name}; skipped`);
      continue;
    }

    // --- the source: the list's page, matched by URL or created as a draft
    const citations: DesignationInput['citations'] = [];
    if (d.sourceUrl) {
      const found = sourceByUrl.get(d.sourceUrl);
      let key: string;
      if (found) {
        key = found.id;
        planned.sources.push({ label: d.sourceUrl, key, status: 'matched', by: 'id', existing: found.title });
        const s = matchedSources.get(key) ?? { key, label: d.sourceUrl, existing: found.title, by: 'url' as const, rows: [] };
        s.rows.push(r.row);
        matchedSources.set(key, s);
      } else {
        let created = newSources.get(d.sourceUrl);
        if (!created) {
          const title = `${authorityName(d.authority, d.authorityName)} sanctions list${d.programme ? `: ${d.programme}` : ''}`;
          created = { id: allocate(`ftm-${d.sanctionId}`, sourceIds, 'source'), title, url: d.sourceUrl };
          newSources.set(d.sourceUrl, created);
        }
        key = created.id;
        planned.sources.push({ label: d.sourceUrl, key, status: 'new' });
        const s = createdSources.get(key) ?? { key, label: created.title, rows: [] };
        s.rows.push(r.row);
        createdSources.set(key, s);
      }
      if (d.reason) citations.push({ source: key, quote: d.reason, speaker: undefined });
    }
    if (citations.length === 0) planned.warnings.push('No quotable reason in the record: add a citation before publishing it');

    const checked = designationInputSchema.safeParse({
      actor: actor.slug,
      authority: d.authority,
      authorityName: d.authorityName ?? undefined,
      programme: d.programme ?? undefined,
      listedOn: d.listed?.date,
      listedPrecision: d.listed?.precision,
      listedOnOrBefore: false,
      delistedOn: d.delisted?.date,
      delistedPrecision: d.delisted?.precision,
      note: `Imported from ${fileName ?? 'pasted text'}: FollowTheMoney entity ${d.sanctionId} (about ${d.entityId}).`.slice(0, 1000),
      status: 'draft',
      citations,
      message: `Imported from ${fileName ?? 'pasted text'}`,
    });
    if (!checked.success)
      for (const issue of checked.error.issues) planned.errors.push(`${issue.path.join('.') || 'designation'}: ${issue.message}`);
    else if (planned.errors.length === 0) inputs.push({ row: r.row, input: checked.data });
  }

  const list = <T extends { label: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.label.localeCompare(b.label));
  return {
    preview: {
      format: 'ftm',
      fileName,
      notes: parsed.notes,
      rows,
      errorCount: rows.filter((r) => r.errors.length).length,
      matched: { actors: list(matchedActors), sectors: [], sources: list(matchedSources).map(({ by: _by, ...s }) => s), proposals: [] },
      created: { actors: [], sectors: [], sources: list(createdSources) },
    },
    inputs,
    newSources: [...newSources.values()],
  };
}

class Rejected extends Error {
  constructor(public readonly preview: ImportPreview) {
    super('rejected');
  }
}

/** All or nothing, like applyImport: parse and plan again, then one transaction; any row's problem writes nothing. */
export async function applyFtmImport(
  prisma: PrismaClient,
  userId: string,
  text: string,
  options: { fileName?: string | null } = {},
): Promise<ApplyResult> {
  const parsed = parseFtm(text);
  if (!parsed.ok) return parsed;
  const fileName = options.fileName ?? null;
  const message = `Imported from ${fileName ?? 'pasted text'}`;
  try {
    const report = await prisma.$transaction(
      async (tx) => {
        const plan = await planFtm(tx, parsed, fileName);
        if (plan.preview.errorCount > 0) throw new Rejected(plan.preview);
        const created: ImportReport['created'] = { actors: [], sectors: [], sources: [] };
        for (const s of plan.newSources) {
          await writeSource(tx, userId, {}, { id: s.id, title: s.title, url: s.url, kind: 'official', status: 'draft', message }, 'import');
          created.sources.push({ id: s.id, title: s.title });
        }
        const designations: NonNullable<ImportReport['designations']> = [];
        for (const item of plan.inputs) {
          try {
            const saved = await writeDesignation(tx, userId, {}, item.input, 'import');
            designations.push({ id: saved.id, label: plan.preview.rows.find((r) => r.row === item.row)!.display.title });
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            const row = plan.preview.rows.find((r) => r.row === item.row)!;
            row.errors.push(...Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`));
            plan.preview.errorCount = plan.preview.rows.filter((r) => r.errors.length).length;
            throw new Rejected(plan.preview);
          }
        }
        return { events: [], designations, created, matched: plan.preview.matched };
      },
      { timeout: Math.max(30_000, parsed.rows.length * 500), maxWait: 15_000 },
    );
    return { ok: true, report };
  } catch (error) {
    if (error instanceof Rejected) {
      const n = error.preview.errorCount;
      return {
        ok: false,
        preview: error.preview,
        error: `Nothing was imported: ${n} row${n === 1 ? ' has' : 's have'} problems (listed below). Fix the file and preview it again.`,
      };
    }
    throw error;
  }
}
