/**
 * The article review takes sectors and other actors by name, as its pickers
 * post them (`events.0.sectors[1]`, `events.0.otherActors[0]`) or as older
 * forms did (repeated slugs, one field of names separated by commas). The
 * server resolves a name, an alias (Cyrillic included) or a slug; a name
 * that is only part of a sector's is offered as a candidate, an unknown one
 * is named, every problem at once, and nothing is written then.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { saveArticleDrafts } from '@/lib/article/drafts';
import { parseArticleReview } from '@/lib/article/review';
import { db } from '@/lib/db';
import { choicesKey, choicesOf } from '@/lib/forms/choices';
import { formDataToObject } from '@/lib/forms/form-data';
import { ValidationError } from '@/lib/write/errors';
import { testUsers } from '../support/users';

let userId: string;
const TITLE = 'Review names test article';

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
});

/** The review form as posted: the article, one accepted event, one accepted figure, one accepted new actor. */
function review(fields: [string, string][]) {
  const fd = new FormData();
  const base: [string, string][] = [
    ['article.title', TITLE],
    ['article.publishedAt', '2025-04-10'],
    ['article.text', 'Kirill Dmitriev met New Person Zq on Tuesday. Trade reached $3 billion.'],
    ['events.0.key', 'e1'],
    ['events.0.accept', 'on'],
    ['events.0.title', 'Review names test meeting'],
    ['events.0.summary', 'According to the article, they met.'],
    ['events.0.quote', 'Kirill Dmitriev met New Person Zq on Tuesday.'],
    ['events.0.type', 'meeting'],
    ['events.0.startDate', '2025-04-08'],
    ['events.0.precision', 'day'],
    ['events.0.role', 'participant'],
    ['actors.0.key', 'new:new-person-zq'],
    ['actors.0.accept', 'on'],
    ['actors.0.name', 'New Person Zq'],
    ['actors.0.kind', 'person'],
    ['figures.0.key', 'f1'],
    ['figures.0.accept', 'on'],
    ['figures.0.label', 'Review names test trade'],
    ['figures.0.quote', 'Trade reached $3 billion.'],
    ['figures.0.value', '3'],
    ['figures.0.unit', 'billion'],
    ['figures.0.currency', 'USD'],
  ];
  for (const [k, v] of [...base, ...fields]) fd.append(k, v);
  const parsed = parseArticleReview(formDataToObject(fd));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
}

async function save(fields: [string, string][]) {
  const data = review(fields);
  return saveArticleDrafts(await db(), userId, data.article, data);
}

describe('names in the article review', () => {
  it('reports every unknown or partial name on its own field, with candidates, and writes nothing', async () => {
    const error = await save([
      ['events.0.sectors[0]', 'Energy'],
      ['events.0.sectors[1]', 'investment'],
      ['events.0.otherActors[0]', 'Кирилл Дмитриев'],
      ['events.0.otherActors[1]', 'Nobody Known Zq'],
      ['figures.0.sector', 'No such sector zq'],
    ]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const errors = (error as ValidationError).fieldErrors;
    expect(errors['events.0.sectors.1']).toEqual(['No sector is called “investment”. Did you mean one of these?']);
    expect(choicesOf(errors, 'events.0.sectors.1').map((c) => c.value)).toEqual(['trade']);
    expect(errors['events.0.otherActors.1']).toEqual([
      'No actor is called “Nobody Known Zq”. Check the spelling, or accept it under “New actors” if it is proposed there.',
    ]);
    expect(errors['figures.0.sector']).toEqual([
      'No sector is called “No such sector zq”. Check the spelling, or create the sector first.',
    ]);
    // The known names resolved: no error on them.
    expect(errors['events.0.sectors.0']).toBeUndefined();
    expect(errors['events.0.otherActors.0']).toBeUndefined();
    expect(errors[choicesKey('events.0.otherActors.0')]).toBeUndefined();
    const prisma = await db();
    expect(await prisma.source.count({ where: { title: TITLE } })).toBe(0);
    expect(await prisma.actor.count({ where: { name: 'New Person Zq' } })).toBe(0);
  });

  it('creates the drafts with sectors and actors named by name, alias, slug or a new actor of the review', async () => {
    const created = await save([
      ['events.0.sectors[0]', 'energy'], // a slug, as the picker posts a choice
      ['events.0.sectors[1]', 'bilateral trade AND investment'],
      ['events.0.otherActors[0]', 'кирилл дмитриев'], // an alias, in another case
      ['events.0.otherActors[1]', 'New Person Zq'], // the new actor accepted in the same review
      ['figures.0.sector', 'Énergy'], // accents ignored
    ]);
    const prisma = await db();
    const event = await prisma.event.findUniqueOrThrow({
      where: { id: created.events[0].id },
      select: { sectors: { select: { sector: { select: { slug: true } } } }, actors: { select: { actor: { select: { slug: true } } } } },
    });
    expect(event.sectors.map((s) => s.sector.slug).sort()).toEqual(['energy', 'trade']);
    const newActor = created.actors.find((a) => a.name === 'New Person Zq')!;
    expect(event.actors.map((a) => a.actor.slug).sort()).toEqual(['kirill-dmitriev', newActor.slug].sort());
    const figure = await prisma.figure.findUniqueOrThrow({
      where: { id: created.figures[0].id },
      select: { sector: { select: { slug: true } } },
    });
    expect(figure.sector?.slug).toBe('energy');
  });

  it('still takes the older posts: repeated sector slugs and one field of names separated by commas', () => {
    const data = review([
      ['events.0.sectors', 'energy'],
      ['events.0.sectors', 'trade'],
      ['events.0.otherActors', 'Donald Trump, Kirill Dmitriev'],
    ]);
    expect(data.events[0].data.sectors).toEqual(['energy', 'trade']);
    expect(data.events[0].data.otherActors).toEqual(['Donald Trump', 'Kirill Dmitriev']);
  });
});
