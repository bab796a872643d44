'use server';

import { saveArticleDrafts } from '../article/drafts';
import { extractProposals, type ArticleProposals } from '../article/extract';
import { authorize, AuthorizationError } from '../auth/authorize';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { NOT_UNDERSTOOD } from '../forms/action-state';
import { formDataToObject, fieldErrors, NUL_FORM_ERROR, nulFieldErrors, type FormValue } from '../forms/form-data';
import { acceptEvery, initialReviewValues, parseArticleReview } from '../article/review';
import type { ArticleCreated, ArticleState, Option } from '../article/state';
import { articleInputSchema, type ArticleInput } from '../schemas/article';
import { ValidationError } from '../write/errors';
import { revalidateAfterWrite } from './support/revalidate';

type Values = Record<string, FormValue>;

async function editor(values: Values): Promise<SessionUser | ArticleState> {
  try {
    return await authorize('editor');
  } catch (error) {
    if (error instanceof AuthorizationError)
      return { status: 'article', formError: error.message, fieldErrors: {}, values: (values.article as Values) ?? {} };
    throw error;
  }
}

/** Live actors and sectors: what the extraction matches against and the review offers. */
async function known() {
  const prisma = await db();
  const [actors, sectors] = await Promise.all([
    prisma.actor.findMany({
      where: { deletedAt: null },
      select: { slug: true, name: true, aliases: true, kind: true },
      orderBy: { slug: 'asc' },
    }),
    prisma.sector.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { actors, sectors };
}

async function propose(article: ArticleInput): Promise<{ proposals: ArticleProposals; sectors: Option[]; actors: Option[] }> {
  const { actors, sectors } = await known();
  const proposals = extractProposals({
    text: article.text,
    publishedAt: article.publishedAt,
    precision: article.publishedPrecision,
    actors,
    sectors,
  });
  return {
    proposals,
    sectors: sectors.map((s) => ({ value: s.slug, label: s.name })),
    // The review's actor pickers show a chosen slug by its name.
    actors: actors.map((a) => ({ value: a.slug, label: a.name })),
  };
}

/** Step 1 → 2: reads the article and proposes events, actors, sectors and figures. Writes nothing. */
async function extractArticle(_previous: ArticleState, formData: FormData): Promise<ArticleState> {
  const values = formDataToObject(formData);
  const user = await editor(values);
  if ('status' in user) return user;
  const articleValues = (values.article as Values) ?? {};
  const nul = nulFieldErrors(formData);
  if (nul) return { status: 'article', formError: NUL_FORM_ERROR, fieldErrors: nul, values: articleValues };
  const parsed = articleInputSchema.safeParse(articleValues);
  if (!parsed.success) {
    return {
      status: 'article',
      formError: 'Some fields need attention.',
      fieldErrors: fieldErrors(parsed.error.issues.map((i) => ({ ...i, path: ['article', ...i.path] }))),
      values: articleValues,
    };
  }
  const { proposals, sectors, actors } = await propose(parsed.data);
  return { status: 'review', proposals, sectors, actors, values: initialReviewValues(articleValues, proposals), fieldErrors: {} };
}

/**
 * What both review steps start from: the signed-in editor, the article's
 * details re-validated, and the proposals made again from it (the review
 * form posts the editor's choices, not the proposals). An ArticleState when
 * the request can't go on.
 */
async function reviewContext(formData: FormData) {
  const values = formDataToObject(formData);
  const user = await editor(values);
  if ('status' in user) return user;
  const articleValues = (values.article as Values) ?? {};
  const article = articleInputSchema.safeParse(articleValues);
  if (!article.success) {
    return {
      status: 'article',
      formError: 'The article details need attention.',
      fieldErrors: fieldErrors(article.error.issues.map((i) => ({ ...i, path: ['article', ...i.path] }))),
      values: articleValues,
    } satisfies ArticleState;
  }
  const { proposals, sectors, actors } = await propose(article.data);
  return { values, user, article: article.data, proposals, sectors, actors };
}

/** Step 2: creates the source, the accepted new actors, events (drafts) and figures (drafts) in one transaction. */
async function createArticleDrafts(_previous: ArticleState, formData: FormData): Promise<ArticleState> {
  const context = await reviewContext(formData);
  if ('status' in context) return context;
  const { values, user, article, proposals, sectors, actors: actorOptions } = context;
  const back = (fieldErrors: Record<string, string[]>, formError = 'Some fields need attention; nothing was created.'): ArticleState => ({
    status: 'review',
    proposals,
    sectors,
    actors: actorOptions,
    values,
    fieldErrors,
    formError,
  });

  const nul = nulFieldErrors(formData);
  if (nul) return back(nul, NUL_FORM_ERROR);

  const review = parseArticleReview(values);
  if (!review.ok) return back(review.fieldErrors);
  const { events, actors, figures } = review.data;
  if (events.length + actors.length + figures.length === 0)
    return back({}, 'Tick “Accept” on at least one event, actor or figure; nothing was created.');

  let created: ArticleCreated;
  try {
    created = await saveArticleDrafts(await db(), user.id, article, review.data);
  } catch (error) {
    if (error instanceof ValidationError) return back(error.fieldErrors);
    if ((error as { code?: string }).code === 'P2002')
      return back(
        {},
        'Another editor created a record with the same slug at the same moment; nothing was created. Press “Create drafts” again.',
      );
    throw error;
  }
  revalidateAfterWrite(['events', 'sources', 'actors', 'figures', 'sectors'], []);
  return { status: 'done', created };
}

/** "Accept all" / "Reject all": the review again, every row ticked or not, with the editor's edits kept. Writes nothing. */
async function markAll(formData: FormData, accept: boolean): Promise<ArticleState> {
  const context = await reviewContext(formData);
  if ('status' in context) return context;
  const { values, proposals, sectors, actors } = context;
  return { status: 'review', proposals, sectors, actors, values: acceptEvery(values, accept), fieldErrors: {} };
}

/** The one action the article forms post to; the pressed button says which step. */
export async function articleAction(previous: ArticleState, formData: FormData): Promise<ArticleState> {
  // A crafted request can call the action with anything (Next decodes the arguments before app code).
  if (!(formData instanceof FormData)) return { status: 'article', formError: NOT_UNDERSTOOD, fieldErrors: {}, values: {} };
  const step = formData.get('step');
  if (step === 'create') return createArticleDrafts(previous, formData);
  if (step === 'accept-all' || step === 'reject-all') return markAll(formData, step === 'accept-all');
  if (step === 'edit') {
    // Back from the review to the article form, keeping what was typed.
    const values = formDataToObject(formData);
    const user = await editor(values);
    if ('status' in user) return user;
    return { status: 'article', fieldErrors: {}, values: (values.article as Values) ?? {} };
  }
  return extractArticle(previous, formData);
}
