/**
 * Editors work in names: references are resolved by name, alias (Cyrillic
 * too) or slug; an ambiguous name comes back with its candidates, an unknown
 * actor with the offer to create it (in the event's transaction); empty
 * slugs are made on the server for every record type; the conflict view
 * lists only fields that really changed, with both version numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { eventSnapshot } from '@/lib/data/snapshots';
import { choicesKey, choicesOf } from '@/lib/forms/choices';
import { formDataToObject } from '@/lib/forms/form-data';
import { actorInputSchema } from '@/lib/schemas/actor';
import { eventInputSchema } from '@/lib/schemas/event';
import { figureInputSchema } from '@/lib/schemas/figure';
import { proposalInputSchema } from '@/lib/schemas/proposal';
import { sectorInputSchema } from '@/lib/schemas/sector';
import { sourceInputSchema } from '@/lib/schemas/source';
import { writeDataset } from '@/lib/seed/write';
import { ConflictError, ValidationError } from '@/lib/write/errors';
import { writeEvent } from '@/lib/write/event';
import { saveRecord } from '@/lib/write/record-ops';
import { saveEvent } from '@/lib/write/event-ops';
import { buildActor, buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const P = 'zz-nas';
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

async function rejected(promise: Promise<unknown>) {
  const error = await promise.then(
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
      sectors: [buildSector({ slug: `${P}-grain`, name: 'Grain Trade Nas' })],
      actors: [
        buildActor({ slug: `${P}-dmitriev`, name: 'Kirill Nasdmitriev', aliases: ['Кирилл Насдмитриев', 'K. Nasdmitriev'] }),
        buildActor({ slug: `${P}-ivanov-1`, name: 'Ivan Nasivanov', country: 'RU' }),
        buildActor({ slug: `${P}-ivanov-2`, name: 'Ivan Nasivanov', country: 'US' }),
      ],
    }),
    // Drafts: other test files count what readers see of the seeded dataset.
    { status: 'draft' },
  );
});

describe('references by name', () => {
  it('resolve a name, an alias in Cyrillic (any case) and a slug to the same actor', async () => {
    const prisma = await db();
    const saved = await saveEvent(
      userId,
      {},
      eventInput({
        actors: [{ actor: '  kirill   NASDMITRIEV ', role: 'participant' }],
        sectors: ['grain trade nas'],
        citations: [{ source: source.id, quote: 'A quote', speaker: 'кирилл насдмитриев' }],
      }),
    );
    const event = await prisma.event.findUniqueOrThrow({
      where: { id: saved.id },
      include: { actors: { include: { actor: true } }, sectors: { include: { sector: true } }, citations: { include: { speaker: true } } },
    });
    expect(event.actors.map((a) => a.actor.slug)).toEqual([`${P}-dmitriev`]);
    expect(event.sectors.map((s) => s.sector.slug)).toEqual([`${P}-grain`]);
    expect(event.citations[0].speaker?.slug).toBe(`${P}-dmitriev`);
  });

  it('refuse one actor named twice under two spellings', async () => {
    const errors = await rejected(
      saveEvent(
        userId,
        {},
        eventInput({
          actors: [
            { actor: 'Kirill Nasdmitriev', role: 'participant' },
            { actor: 'K. Nasdmitriev', role: 'host' },
          ],
        }),
      ),
    );
    expect(errors['actors.1.actor']).toEqual(['This actor is listed twice']);
  });

  it('list the candidates of an ambiguous name, and take the one picked', async () => {
    const errors = await rejected(saveEvent(userId, {}, eventInput({ actors: [{ actor: 'ivan nasivanov', role: 'participant' }] })));
    expect(errors['actors.0.actor'][0]).toMatch(/Several actors match “ivan nasivanov”/);
    const choices = choicesOf(errors, 'actors.0.actor');
    expect(choices.map((c) => c.value).sort()).toEqual([`${P}-ivanov-1`, `${P}-ivanov-2`]);
    expect(choices.find((c) => c.value === `${P}-ivanov-2`)!.label).toContain('US');

    // Without JavaScript the editor ticks one radio button: `pick:<field>` replaces the typed name.
    const form = new FormData();
    form.append('actors[0].actor', 'ivan nasivanov');
    form.append('pick:actors[0].actor', `${P}-ivanov-2`);
    form.append('actors[0].role', 'participant');
    const values = formDataToObject(form);
    const saved = await saveEvent(userId, {}, eventInput({ title: `${P} picked`, actors: values.actors }));
    const prisma = await db();
    const link = await prisma.eventActor.findFirstOrThrow({ where: { eventId: saved.id }, include: { actor: true } });
    expect(link.actor.slug).toBe(`${P}-ivanov-2`);
  });

  it('say an unknown name is unknown and offer to create it, and create it with the event when asked', async () => {
    const prisma = await db();
    // A name close to no other test's records (files leave theirs behind), so no suggestion is offered.
    const errors = await rejected(saveEvent(userId, {}, eventInput({ actors: [{ actor: 'Nasnew Quillbarrow', role: 'participant' }] })));
    expect(errors['actors.0.actor'][0]).toMatch(/No actor is called “Nasnew Quillbarrow”.*create a new actor/);
    expect(errors[choicesKey('actors.0.actor')]).toEqual([]);
    expect(await prisma.actor.count({ where: { name: 'Nasnew Quillbarrow' } })).toBe(0);

    // The event fails for another reason: the actor is not left behind.
    await rejected(
      saveEvent(
        userId,
        {},
        eventInput({ actors: [{ actor: 'Nasnew Quillbarrow', role: 'participant', create: 'on' }], sectors: ['no such sector nas'] }),
      ),
    );
    expect(await prisma.actor.count({ where: { name: 'Nasnew Quillbarrow' } })).toBe(0);

    const saved = await saveEvent(
      userId,
      {},
      eventInput({ status: 'draft', actors: [{ actor: 'Nasnew Quillbarrow', role: 'host', create: 'on', createKind: 'organisation' }] }),
    );
    const actor = await prisma.actor.findFirstOrThrow({ where: { name: 'Nasnew Quillbarrow' } });
    // A draft event's new actor is a draft too (it takes the event's status).
    expect(actor).toMatchObject({ slug: 'nasnew-quillbarrow', kind: 'organisation', status: 'draft' });
    expect(await prisma.eventActor.count({ where: { eventId: saved.id, actorId: actor.id, role: 'host' } })).toBe(1);
    expect(await prisma.revision.count({ where: { entityType: 'actor', entityId: actor.id, version: 1 } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityType: 'actor', entityId: actor.id, action: 'create' } })).toBe(1);
  });
});

describe('slugs left empty', () => {
  it('are made on the server from the name or title, unique, for every record type, and kept on an edit', async () => {
    const prisma = await db();
    const sector = sectorInputSchema.parse({ slug: '', name: 'Nas Ünïcode Sector', description: 'D', status: 'draft' });
    const s1 = await saveRecord('sector', userId, {}, sector);
    const s2 = await saveRecord('sector', userId, {}, sector);
    expect(s1.slug).toBe('nas-unicode-sector');
    expect(s2.slug).toBe('nas-unicode-sector-2');

    const actor = await saveRecord('actor', userId, {}, actorInputSchema.parse({ name: 'Nas Slugless', kind: 'person', status: 'draft' }));
    expect(actor.slug).toBe('nas-slugless');
    const src = await saveRecord(
      'source',
      userId,
      {},
      sourceInputSchema.parse({ id: '', title: 'Nas Slugless Source', kind: 'news', status: 'draft' }),
    );
    expect(src.id).toBe('nas-slugless-source');
    const proposal = await saveRecord(
      'proposal',
      userId,
      {},
      proposalInputSchema.parse({
        title: 'Nas Slugless Proposal',
        summary: 'S',
        sector: s1.slug,
        status: 'proposed',
        recordStatus: 'draft',
      }),
    );
    expect(proposal.slug).toBe('nas-slugless-proposal');
    const figure = await saveRecord(
      'figure',
      userId,
      {},
      figureInputSchema.parse({ label: 'Nas Slugless Figure', value: '3', unit: 'tonnes', status: 'draft' }),
    );
    expect(figure.slug).toBe('nas-slugless-figure');
    const event = await saveEvent(userId, {}, eventInput({ slug: '', title: 'Nas Slugless Event' }));
    expect(event.slug).toBe('nas-slugless-event');

    // An edit with the slug left empty keeps the slug the record has.
    const edited = await saveRecord(
      'actor',
      userId,
      { id: actor.id, version: 1 },
      actorInputSchema.parse({ slug: '', name: 'Nas Renamed', kind: 'person', status: 'draft' }),
    );
    expect((await prisma.actor.findUniqueOrThrow({ where: { id: edited.id } })).slug).toBe('nas-slugless');
  });
});

describe('the conflict view', () => {
  it('lists only what really changed (lists as sets), with your version and the current one, and who saved', async () => {
    const prisma = await db();
    const second = buildSource({ id: `${P}-source-2` });
    const seeded = buildEvent(source.id, {
      slug: `${P}-conflict`,
      actors: [
        { actor: `${P}-dmitriev`, role: 'participant', title: null },
        { actor: `${P}-ivanov-1`, role: 'host', title: null },
      ],
      citations: [
        { source: source.id, quote: 'First quote.', speaker: null },
        { source: second.id, quote: 'Second quote.', speaker: `${P}-dmitriev` },
      ],
    });
    await writeDataset(prisma, buildDataset({ sources: [source, second], events: [seeded] }), { status: 'draft' });
    const id = (await prisma.event.findUniqueOrThrow({ where: { slug: seeded.slug } })).id;
    const opened = (await prisma.$transaction((tx) => eventSnapshot(tx, id)))!;
    const form = (changes: Record<string, unknown>) => eventInputSchema.parse({ ...opened, approximate: '', ...changes });

    // Another tab: the summary changes, and the same citations and actors come back in another order.
    await prisma.$transaction((tx) =>
      writeEvent(
        tx,
        userId,
        { id, version: 1 },
        form({
          summary: 'Changed in the other tab',
          citations: [...opened.citations].reverse(),
          actors: [...opened.actors].reverse(),
          message: 'Summary only',
        }),
      ),
    );
    const error = await prisma
      .$transaction((tx) => writeEvent(tx, userId, { id, version: 1 }, form({ title: 'Mine' })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.theirChanges.map((c) => c.field)).toEqual(['summary']);
    expect(conflict.yourVersion).toBe(1);
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.saves).toEqual([expect.objectContaining({ version: 2, message: 'Summary only', by: testUsers.editor.name })]);
  });
});
