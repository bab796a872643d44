import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import type { ImportFormat, ImportPreview, ImportReport } from '../schemas/import';
import { writeActor } from '../write/actor';
import { ValidationError } from '../write/errors';
import { writeEvent } from '../write/event';
import { writeSector } from '../write/sector';
import { writeSource } from '../write/source';
import { parseImport } from './parse';
import { planImport } from './plan';

export type ApplyResult =
  | { ok: true; report: ImportReport }
  /** The file could not be read at all. */
  | { ok: false; error: string }
  /** Some rows do not validate (now): nothing was written; the preview says why. */
  | { ok: false; preview: ImportPreview; error: string };

/** Thrown inside the transaction to roll it back with the rows' problems. */
class Rejected extends Error {
  constructor(public readonly preview: ImportPreview) {
    super('rejected');
  }
}

/**
 * Imports a file all-or-nothing: parses and plans it again (the preview is
 * not trusted), then, in one transaction, creates the new sectors, actors
 * and sources and every event, all as drafts, each with its revision and
 * audit entry. Any problem rolls everything back.
 */
export async function applyImport(
  prisma: PrismaClient,
  userId: string,
  text: string,
  options: { fileName?: string | null; format?: ImportFormat } = {},
): Promise<ApplyResult> {
  const parsed = parseImport(text, options);
  if (!parsed.ok) return parsed;
  const fileName = options.fileName ?? null;
  const message = `Imported from ${fileName ?? 'pasted text'}`;
  try {
    const report = await prisma.$transaction(
      async (tx) => {
        const plan = await planImport(tx, parsed, fileName);
        if (plan.preview.errorCount > 0) throw new Rejected(plan.preview);

        const created: ImportReport['created'] = { actors: [], sectors: [], sources: [] };
        for (const s of plan.newSectors) {
          const description = `Created by an import (${fileName ?? 'pasted text'}); describe this sector before publishing it.`;
          const row = await writeSector(tx, userId, {}, { slug: s.slug, name: s.name, description, status: 'draft', message }, 'import');
          created.sectors.push({ id: row.id, slug: row.slug, name: s.name });
        }
        for (const a of plan.newActors) {
          const row = await writeActor(
            tx,
            userId,
            {},
            {
              slug: a.slug,
              name: a.name,
              kind: a.kind,
              aliases: [],
              country: undefined,
              description: undefined,
              status: 'draft',
              roles: [],
              message,
            },
            'import',
          );
          created.actors.push({ id: row.id, slug: row.slug, name: a.name });
        }
        for (const s of plan.newSources) {
          const input = {
            id: s.id,
            title: s.title,
            outlet: s.outlet ?? undefined,
            author: s.author ?? undefined,
            publishedAt: s.publishedAt ?? undefined,
            publishedPrecision: s.publishedPrecision ?? undefined,
            url: s.url ?? undefined,
            kind: s.kind,
            note:
              s.publishedAt && !s.publishedPrecision
                ? 'Imported: the file gave no precision for the publication date, so it was recorded as a day; check it.'
                : undefined,
            status: 'draft' as const,
            message,
          };
          const row = await writeSource(tx, userId, {}, input, 'import');
          created.sources.push({ id: row.id, title: s.title });
        }

        const events: ImportReport['events'] = [];
        for (const item of plan.inputs) {
          if (!item) throw new Error('A row without errors has no event input'); // cannot happen: errorCount is 0
          try {
            const saved = await writeEvent(tx, userId, {}, item.input, 'import');
            events.push({ id: saved.id, slug: saved.slug, title: item.input.title });
          } catch (error) {
            if (error instanceof ValidationError) {
              const row = plan.preview.rows.find((r) => r.row === item.row)!;
              row.errors.push(...Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`));
              plan.preview.errorCount = plan.preview.rows.filter((r) => r.errors.length).length;
              throw new Rejected(plan.preview);
            }
            throw error;
          }
        }
        return { events, created, matched: plan.preview.matched };
      },
      { timeout: Math.max(30_000, parsed.rows.length * 500), maxWait: 15_000 },
    );
    return { ok: true, report };
  } catch (error) {
    if (error instanceof Rejected) {
      return {
        ok: false,
        preview: error.preview,
        error: `Nothing was imported: ${error.preview.errorCount} row${error.preview.errorCount === 1 ? ' has' : 's have'} problems (listed below). Fix the file and preview it again.`,
      };
    }
    throw error;
  }
}
