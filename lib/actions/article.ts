'use server';

import type { Prisma } from '../generated/prisma/client';
import { extractProposals, type ArticleProposals } from '../article/extract';
import { authorize, AuthorizationError } from '../auth/authorize';
import type { SessionUser } from '../auth/session';
import { parseIsoDay } from '../dates';
import { db } from '../db';
import { formDataToObject, fieldErrors, type FormValue } from '../forms/form-data';
import { allocate } from '../import/plan';
import { articleInputSchema, initialReviewValues, parseArticleReview, type ArticleCreated, type ArticleInput, type ArticleState, type Option } from '../schemas/article';
import type { EventInput } from '../schemas/event';
import { ValidationError } from '../write/errors';
import { writeEvent } from '../write/events';
import { recordChange } from '../write/record';
import { recordSnapshots } from '../write/records';
import { revalidateAfterWrite } from '../write/revalidate';

type Tx = Prisma.TransactionClient;
type Values = Record<string, FormValue>;

async function editor(values: Values): Promise<SessionUser | ArticleState> {
  try {
    return await authorize('editor');
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'article', formError: error.message, fieldErrors: {}, values: (values.article as Values) ?? {} };
    throw error;
  }
}

/** Live actors and sectors: what the extraction matches against and the review offers. */
async function known() {
  const prisma = await db();
  const [actors, sectors] = await Promise.all([
    prisma.actor.findMany({ where: { deletedAt: null }, select: { slug: true, name: true, aliases: true, kind: true }, orderBy: { slug: 'asc' } }),
    prisma.sector.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { actors, sectors };
}

async function propose(article: ArticleInput): Promise<{ proposals: ArticleProposals; sectors: Option[] }> {
  const { actors, sectors } = await known();
  const proposals = extractProposals({ text: article.text, publishedAt: article.publishedAt, precision: article.publishedPrecision, actors, sectors });
  return { proposals, sectors: sectors.map((s) => ({ value: s.slug, label: s.name })) };
}

/** Step 1 → 2: reads the article and proposes events, actors, sectors and figures. Writes nothing. */
export async function extractArticle(_previous: ArticleState, formData: FormData): Promise<ArticleState> {
  const values = formDataToObject(formData);
  const user = await editor(values);
  if ('status' in user) return user;
  const articleValues = (values.article as Values) ?? {};
  const parsed = articleInputSchema.safeParse(articleValues);
  if (!parsed.success) {
    return { status: 'article', formError: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error.issues.map((i) => ({ ...i, path: ['article', ...i.path] }))), values: articleValues };
  }
  const { proposals, sectors } = await propose(parsed.data);
  return { status: 'review', proposals, sectors, values: initialReviewValues(articleValues, proposals), fieldErrors: {} };
}

/** writeEvent's error keys ("actors.1.actor", "citations.0.source") → the review row's fields. */
function fieldOf(key: string) {
  const head = key.split('.')[0];
  if (head === 'actors' || head === 'speakers') return 'actors';
  if (head === 'slug') return 'title';
  if (head === 'citations') return 'quote';
  return head;
}

/** A slug (or source id) free in the table and in this batch. */
async function freeSlug(tx: Tx, table: 'event' | 'actor' | 'figure' | 'source', wish: string, batch: Set<string>, fallback: string) {
  const base = allocate(wish, new Set(), fallback);
  const where = { startsWith: base };
  const existing =
    table === 'event'
      ? [...(await tx.event.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug), ...(await tx.eventSlugRedirect.findMany({ where: { fromSlug: where }, select: { fromSlug: true } })).map((r) => r.fromSlug)]
      : table === 'actor'
        ? (await tx.actor.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
        : table === 'figure'
          ? (await tx.figure.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
          : (await tx.source.findMany({ where: { id: where }, select: { id: true } })).map((r) => r.id);
  const taken = new Set([...existing, ...batch]);
  const slug = allocate(base, taken, fallback);
  batch.add(slug);
  return slug;
}

/** Step 2: creates the source, the accepted new actors, events (drafts) and figures (drafts) in one transaction. */
export async function createArticleDrafts(_previous: ArticleState, formData: FormData): Promise<ArticleState> {
  const values = formDataToObject(formData);
  const user = await editor(values);
  if ('status' in user) return user;
  const articleValues = (values.article as Values) ?? {};
  const article = articleInputSchema.safeParse(articleValues);
  if (!article.success) {
    return { status: 'article', formError: 'The article details need attention.', fieldErrors: fieldErrors(article.error.issues.map((i) => ({ ...i, path: ['article', ...i.path] }))), values: articleValues };
  }
  const { proposals, sectors } = await propose(article.data);
  const back = (fieldErrors: Record<string, string[]>, formError = 'Some fields need attention; nothing was created.'): ArticleState => ({ status: 'review', proposals, sectors, values, fieldErrors, formError });

  const review = parseArticleReview(values);
  if (!review.ok) return back(review.fieldErrors);
  const { events, actors, figures } = review.data;
  if (events.length + actors.length + figures.length === 0) return back({}, 'Tick “Accept” on at least one event, actor or figure; nothing was created.');

  const errors: Record<string, string[]> = {};
  const sectorSlugs = new Set(sectors.map((s) => s.value));
  for (const f of figures) if (f.data.sector && !sectorSlugs.has(f.data.sector)) errors[`figures.${f.index}.sector`] = ['This sector does not exist (any more)'];
  if (Object.keys(errors).length) return back(errors);

  const a = article.data;
  const message = `From the article “${a.title}”`;
  let created: ArticleCreated;
  try {
    const prisma = await db();
    created = await prisma.$transaction(
      async (tx) => {
        const batch = { event: new Set<string>(), actor: new Set<string>(), figure: new Set<string>(), source: new Set<string>() };
        const result: ArticleCreated = { source: null, events: [], actors: [], figures: [] };

        // New actors; a name that is now known (typed by the editor, or added meanwhile) links the existing actor instead.
        const slugByKey = new Map<string, string>();
        const live = await tx.actor.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, aliases: true } });
        for (const row of actors) {
          const name = row.data.name;
          const same = live.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.aliases.some((al) => al.toLowerCase() === name.toLowerCase()));
          if (same) {
            slugByKey.set(row.data.key, same.slug);
            result.actors.push({ id: same.id, slug: same.slug, name: same.name, existing: true });
            continue;
          }
          const slug = await freeSlug(tx, 'actor', name, batch.actor, 'actor');
          const actor = await tx.actor.create({ data: { slug, name, kind: row.data.kind, aliases: [], status: 'draft' } });
          await recordChange(tx, { userId: user.id, entityType: 'actor', entityId: actor.id, version: 1, action: 'create', before: null, after: await recordSnapshots.actor(tx, actor.id), message });
          slugByKey.set(row.data.key, slug);
          result.actors.push({ id: actor.id, slug, name, existing: false });
        }

        // The source, only when something cites it.
        let sourceId: string | null = null;
        if (events.length || figures.length) {
          sourceId = await freeSlug(tx, 'source', a.title, batch.source, 'source');
          await tx.source.create({
            data: { id: sourceId, title: a.title, outlet: a.outlet ?? null, author: a.author ?? null, publishedAt: parseIsoDay(a.publishedAt), publishedPrecision: a.publishedPrecision, url: a.url ?? null, kind: a.kind, status: 'published' },
          });
          await recordChange(tx, { userId: user.id, entityType: 'source', entityId: sourceId, version: 1, action: 'create', before: null, after: await recordSnapshots.source(tx, sourceId), message });
          result.source = { id: sourceId, title: a.title };
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
          try {
            const saved = await writeEvent(tx, user.id, {}, input);
            result.events.push({ id: saved.id, slug: saved.slug, title: data.title });
          } catch (error) {
            if (error instanceof ValidationError) {
              // writeEvent's keys ("actors.1.actor", "sectors.0") → this row's fields.
              throw new ValidationError(
                Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`events.${index}.${fieldOf(k)}`, v])),
              );
            }
            throw error;
          }
        }

        for (const { data } of figures) {
          const sector = data.sector ? await tx.sector.findFirst({ where: { slug: data.sector, deletedAt: null }, select: { id: true } }) : null;
          const figure = await tx.figure.create({
            data: {
              slug: await freeSlug(tx, 'figure', data.label, batch.figure, 'figure'),
              label: data.label,
              value: data.value,
              unit: data.unit,
              currency: data.currency ?? null,
              asOf: data.asOf ? parseIsoDay(data.asOf) : null,
              asOfPrecision: data.asOf ? data.asOfPrecision : null,
              sectorId: sector?.id ?? null,
              status: 'draft',
              citations: { create: [{ sourceId: sourceId!, quote: data.quote, position: 0 }] },
            },
          });
          await recordChange(tx, { userId: user.id, entityType: 'figure', entityId: figure.id, version: 1, action: 'create', before: null, after: await recordSnapshots.figure(tx, figure.id), message });
          result.figures.push({ id: figure.id, slug: figure.slug, label: figure.label });
        }
        return result;
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (error instanceof ValidationError) return back(error.fieldErrors);
    if ((error as { code?: string }).code === 'P2002') return back({}, 'Another editor created a record with the same slug at the same moment; nothing was created. Press “Create drafts” again.');
    throw error;
  }
  revalidateAfterWrite(['events', 'sources', 'actors', 'figures', 'sectors'], []);
  return { status: 'done', created };
}

/** The one action the article forms post to; the pressed button says which step. */
export async function articleAction(previous: ArticleState, formData: FormData): Promise<ArticleState> {
  const step = formData.get('step');
  if (step === 'create') return createArticleDrafts(previous, formData);
  if (step === 'edit') {
    // Back from the review to the article form, keeping what was typed.
    const values = formDataToObject(formData);
    const user = await editor(values);
    if ('status' in user) return user;
    return { status: 'article', fieldErrors: {}, values: (values.article as Values) ?? {} };
  }
  return extractArticle(previous, formData);
}
