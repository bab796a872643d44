import 'server-only';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { ArticleInput } from '../schemas/article';
import type { ArticleReview } from './review';
import type { ArticleCreated } from './state';
import type { EventInput } from '../schemas/event';
import { writeActor } from '../write/actor';
import { ValidationError, type Errors } from '../write/errors';
import { writeEvent } from '../write/event';
import { writeFigure } from '../write/figure';
import { idsBySlug } from '../write/references';
import { tidyName } from '../data/name-fold';
import { freeSlug } from '../write/slugs';
import { writeSource } from '../write/source';

/** A writer's error keys ("actors.1.actor", "citations.0.source") → the review row's fields. */
function fieldOf(key: string, slugField: string) {
  const head = key.split('.')[0];
  if (head === 'actors' || head === 'speakers') return 'actors';
  if (head === 'slug') return slugField; // the slug is made from this field
  if (head === 'citations') return 'quote';
  return head;
}

/** Runs a writer for one review row; its field errors are re-keyed onto that row ("events.2.title"). */
async function forRow<T>(row: string, slugField: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(
        Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`${row}.${fieldOf(k, slugField)}`, v])),
      );
    throw error;
  }
}

/**
 * The names the editor typed or picked (a name, an alias or a slug) for
 * every accepted row, resolved before anything is written, so every unknown
 * or ambiguous name is reported at once, on its own field
 * ("events.0.sectors.1", with the candidates to choose from): the sectors
 * of events and figures, and each event's other actors, which are known
 * actors or new actors accepted in the same review. Those actors join the
 * event's actors (as slugs, or the new actors' keys); the writers resolve
 * the sectors again, the same way, in the same transaction.
 */
async function resolveNames(
  tx: Prisma.TransactionClient,
  { events, actors, figures }: Pick<ArticleReview, 'events' | 'actors' | 'figures'>,
) {
  const errors: Errors = {};
  const fold = (name: string) => tidyName(name).toLowerCase();
  const newByName = new Map(actors.map(({ data }) => [fold(data.name), data.key]));
  const typed = new Map<string, string>(); // id → slug of every known actor typed
  for (const { index, data } of events) {
    await idsBySlug(tx, 'sector', data.sectors, (j) => `events.${index}.sectors.${j}`, errors, {
      listedTwice: 'This sector is listed twice',
    });
    const names = data.otherActors;
    const ids = await idsBySlug(tx, 'actor', names, (j) => `events.${index}.otherActors.${j}`, errors, {
      // A name matching no known actor may be a new actor accepted under "New actors".
      canCreate: (j) => newByName.has(fold(names[j])),
      unknown: (text) => `No actor is called “${text}”. Check the spelling, or accept it under “New actors” if it is proposed there.`,
    });
    const slugs = await tx.actor.findMany({ where: { id: { in: [...ids.values()] } }, select: { id: true, slug: true } });
    for (const a of slugs) typed.set(a.id, a.slug);
    for (const name of names) {
      const key = ids.has(name) ? typed.get(ids.get(name)!) : newByName.get(fold(name));
      if (key && !data.actors.includes(key)) data.actors.push(key);
    }
  }
  for (const { index, data } of figures) await idsBySlug(tx, 'sector', [data.sector], () => `figures.${index}.sector`, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * Creates the source, the accepted new actors, events (drafts) and figures
 * (drafts) of a reviewed article in one transaction, each through its
 * lib/write writer (so each has its revision and audit entry). Throws a
 * ValidationError keyed by review field; nothing is written then.
 */
export async function saveArticleDrafts(
  prisma: PrismaClient,
  userId: string,
  a: ArticleInput,
  review: Pick<ArticleReview, 'events' | 'actors' | 'figures'>,
): Promise<ArticleCreated> {
  const { events, actors, figures } = review;
  const message = `From the article “${a.title}”`;
  return prisma.$transaction(
    async (tx) => {
      await resolveNames(tx, review);
      const batch = { event: new Set<string>(), actor: new Set<string>(), figure: new Set<string>(), source: new Set<string>() };
      const result: ArticleCreated = { source: null, events: [], actors: [], figures: [] };

      // New actors; a name that is now known (typed by the editor, or added meanwhile) links the existing actor instead.
      const slugByKey = new Map<string, string>();
      const live = await tx.actor.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, aliases: true } });
      for (const { index, data } of actors) {
        const name = data.name;
        const same = live.find(
          (x) => x.name.toLowerCase() === name.toLowerCase() || x.aliases.some((al) => al.toLowerCase() === name.toLowerCase()),
        );
        if (same) {
          slugByKey.set(data.key, same.slug);
          result.actors.push({ id: same.id, slug: same.slug, name: same.name, existing: true });
          continue;
        }
        const slug = await freeSlug(tx, 'actor', name, batch.actor, 'actor');
        const saved = await forRow(`actors.${index}`, 'name', () =>
          writeActor(
            tx,
            userId,
            {},
            { slug, name, kind: data.kind, aliases: [], country: undefined, description: undefined, status: 'draft', roles: [], message },
          ),
        );
        slugByKey.set(data.key, slug);
        result.actors.push({ id: saved.id, slug, name, existing: false });
      }

      // The source, only when something cites it.
      let sourceId: string | null = null;
      if (events.length || figures.length) {
        const id = await freeSlug(tx, 'source', a.title, batch.source, 'source');
        await writeSource(
          tx,
          userId,
          {},
          {
            id,
            title: a.title,
            outlet: a.outlet,
            author: a.author,
            publishedAt: a.publishedAt,
            publishedPrecision: a.publishedPrecision,
            url: a.url,
            kind: a.kind,
            note: undefined,
            status: 'published',
            message,
          },
        );
        sourceId = id;
        result.source = { id, title: a.title };
      }

      for (const { index, data } of events) {
        const slugs = [...new Set(data.actors.map((k) => (k.startsWith('new:') ? slugByKey.get(k)! : k)))];
        const input: EventInput = {
          title: data.title,
          slug: await freeSlug(tx, 'event', data.title, batch.event, 'event'),
          type: data.type,
          startDate: data.startDate,
          precision: data.precision,
          endDate: data.endDate,
          approximate: data.approximate,
          location: undefined,
          summary: data.summary,
          status: 'draft',
          actors: slugs.map((actor) => ({ actor, role: data.role, title: undefined })),
          sectors: [...new Set(data.sectors)],
          proposals: [],
          citations: [{ source: sourceId!, quote: data.quote, speaker: undefined }],
          newSource: undefined,
          message,
        };
        const saved = await forRow(`events.${index}`, 'title', () => writeEvent(tx, userId, {}, input));
        result.events.push({ id: saved.id, slug: saved.slug, title: data.title });
      }

      for (const { index, data } of figures) {
        const slug = await freeSlug(tx, 'figure', data.label, batch.figure, 'figure');
        const saved = await forRow(`figures.${index}`, 'label', () =>
          writeFigure(
            tx,
            userId,
            {},
            {
              slug,
              label: data.label,
              value: data.value,
              unit: data.unit,
              currency: data.currency,
              asOf: data.asOf,
              asOfPrecision: data.asOf ? data.asOfPrecision : undefined,
              sector: data.sector,
              status: 'draft',
              citations: [{ source: sourceId!, quote: data.quote, speaker: undefined }],
              message,
            },
          ),
        );
        result.figures.push({ id: saved.id, slug: saved.slug, label: data.label });
      }
      return result;
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
