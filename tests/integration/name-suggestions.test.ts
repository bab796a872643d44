/**
 * A name typed without JavaScript that matches no record exactly still gets
 * candidates, as the pickers' search would show them: names and aliases
 * that contain it, and names close to it after transliteration (a typo,
 * another script). An actor field of the event form offers "create a new
 * actor" beside them; a suggestion is never taken on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { choicesOf, offerCreateKey } from '@/lib/forms/choices';
import { eventInputSchema } from '@/lib/schemas/event';
import { writeDataset } from '@/lib/seed/write';
import { ValidationError } from '@/lib/write/errors';
import { saveEvent } from '@/lib/write/event-ops';
import { buildActor, buildDataset, buildSector, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const P = 'zz-sug';
let userId: string;
const source = buildSource({ id: `${P}-source` });

const eventInput = (values: Record<string, unknown>) =>
  eventInputSchema.parse({
    title: `${P} event`,
    type: 'call',
    startDate: '2025-03-04',
    precision: 'day',
    summary: 'Saved by a test.',
    status: 'draft',
    citations: [{ source: source.id, quote: 'A quote' }],
    ...values,
  });

async function fieldErrors(values: Record<string, unknown>) {
  const error = await saveEvent(userId, {}, eventInput(values)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      sectors: [buildSector({ slug: `${P}-barley`, name: 'Barley Sugtrade' })],
      actors: [
        buildActor({ slug: `${P}-bessent`, name: 'Scott Sugbessent', aliases: ['Treasury Sugsecretary'] }),
        buildActor({ slug: `${P}-lavrov`, name: 'Sergei Suglavrov', aliases: ['Сергей Суглавров'] }),
      ],
    }),
    { status: 'draft' },
  );
});

describe('a name that matches nothing exactly', () => {
  it('offers the actor a typo was meant for, and creating a new one', async () => {
    const errors = await fieldErrors({ actors: [{ actor: 'Scot Sugbesent', role: 'participant' }] });
    expect(errors['actors.0.actor'][0]).toMatch(/No actor is called “Scot Sugbesent”\. Did you mean one of these\? Or create a new actor/);
    expect(choicesOf(errors, 'actors.0.actor').map((c) => c.value)).toContain(`${P}-bessent`);
    expect(errors[offerCreateKey('actors.0.actor')]).toEqual([]);
  });

  it('offers actors by part of a name or alias, and by a name in another script', async () => {
    const errors = await fieldErrors({
      actors: [
        { actor: 'Sugbessent', role: 'participant' },
        { actor: 'Sugbesent', role: 'participant' },
        { actor: 'Sugsecretary', role: 'participant' },
        { actor: 'Сергей Суглавров', role: 'participant' },
        { actor: 'Скотт Сугбессент', role: 'participant' },
      ],
      // A speaker field cannot create: the candidates come without the offer.
      citations: [{ source: source.id, quote: 'A quote', speaker: 'Suglavrov' }],
    });
    expect(choicesOf(errors, 'actors.0.actor').map((c) => c.value)).toContain(`${P}-bessent`);
    expect(choicesOf(errors, 'actors.1.actor').map((c) => c.value)).toContain(`${P}-bessent`);
    expect(choicesOf(errors, 'actors.2.actor').map((c) => c.value)).toContain(`${P}-bessent`);
    // An alias in Cyrillic is an exact match: no error.
    expect(errors['actors.3.actor']).toBeUndefined();
    // The Latin name transliterated from Cyrillic is close to the stored one.
    expect(choicesOf(errors, 'actors.4.actor').map((c) => c.value)).toContain(`${P}-bessent`);
    expect(errors['citations.0.speaker'][0]).toMatch(/Did you mean one of these\?$/);
    expect(choicesOf(errors, 'citations.0.speaker').map((c) => c.value)).toContain(`${P}-lavrov`);
    expect(errors[offerCreateKey('citations.0.speaker')]).toBeUndefined();
  });

  it('offers the sector a typo was meant for', async () => {
    const errors = await fieldErrors({ sectors: ['Barly Sugtrade', 'No such sugtrades'] });
    expect(choicesOf(errors, 'sectors.0').map((c) => c.value)).toContain(`${P}-barley`);
    // One shared word is not enough to be offered.
    expect(errors['sectors.1'][0]).toMatch(/No sector is called “No such sugtrades”\. Check the spelling/);
    expect(choicesOf(errors, 'sectors.1')).toEqual([]);
  });

  it('creates the new actor when asked, even with suggestions', async () => {
    const prisma = await db();
    const saved = await saveEvent(
      userId,
      {},
      eventInput({ title: `${P} created`, actors: [{ actor: 'Scott Sugbessen', role: 'host', create: 'on', createKind: 'person' }] }),
    );
    const link = await prisma.eventActor.findFirstOrThrow({ where: { eventId: saved.id }, include: { actor: true } });
    expect(link.actor).toMatchObject({ name: 'Scott Sugbessen', kind: 'person' });
  });
});
