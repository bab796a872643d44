/**
 * An event's sectors and proposals and every citation's source are taken by
 * name: the old posts (repeated `sectors=<slug>`, `source=__new__`) and the
 * new ones (`sectors[0]=<name>`, the "new source" checkbox) both validate;
 * the server resolves a source's title, address or id, lists the
 * candidates of an ambiguous one and only suggests names that merely
 * contain the text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { choicesKey, choicesOf } from '@/lib/forms/choices';
import { formDataToObject } from '@/lib/forms/form-data';
import { eventInputSchema, NEW_SOURCE } from '@/lib/schemas/event';
import { proposalInputSchema } from '@/lib/schemas/proposal';
import { writeDataset } from '@/lib/seed/write';
import { ValidationError } from '@/lib/write/errors';
import { saveEvent } from '@/lib/write/event-ops';
import { saveRecord } from '@/lib/write/record-ops';
import { buildDataset, buildSector, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const P = 'zz-nil';
let userId: string;
const sources = [
  buildSource({ id: `${P}-a`, title: 'Nil twin report', outlet: 'Outlet A' }),
  buildSource({ id: `${P}-b`, title: 'Nil twin report', outlet: 'Outlet B' }),
  buildSource({ id: `${P}-c`, title: 'Nil single interview', url: 'https://nil.example/interview' }),
];
const sectors = [buildSector({ slug: `${P}-grain`, name: 'Nil grain trade' }), buildSector({ slug: `${P}-oil`, name: 'Nil oil trade' })];

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  const base: [string, string][] = [
    ['title', `${P} event`],
    ['type', 'call'],
    ['startDate', '2025-03-04'],
    ['precision', 'day'],
    ['summary', 'Saved by a test.'],
    ['status', 'draft'],
  ];
  for (const [k, v] of [...base, ...entries]) fd.append(k, v);
  return eventInputSchema.parse(formDataToObject(fd));
};

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
  await writeDataset(prisma, buildDataset({ sources, sectors }), { status: 'draft' });
});

describe('the posted shapes', () => {
  it('accept repeated slugs (old) and indexed names (new) for sectors and proposals', () => {
    const old = form([
      ['sectors', `${P}-grain`],
      ['sectors', `${P}-oil`],
      ['proposals', 'energy-cooperation'],
    ]);
    const fresh = form([
      ['sectors[0]', 'Nil grain trade'],
      ['sectors[1]', ''],
      ['pick:sectors[2]', `${P}-oil`],
      ['sectors[2]', 'Nil oil'],
      ['proposals[0]', 'US–Russian energy cooperation'],
    ]);
    expect(old.sectors).toEqual([`${P}-grain`, `${P}-oil`]);
    expect(fresh.sectors).toEqual(['Nil grain trade', `${P}-oil`]);
    expect(fresh.proposals).toEqual(['US–Russian energy cooperation']);
  });

  it('accept the new source as the old select posted it and as the new checkbox does', () => {
    const newSource: [string, string][] = [
      ['newSource.title', 'Nil brand-new source'],
      ['newSource.kind', 'news'],
    ];
    const old = form([['citations[0].source', NEW_SOURCE], ['citations[0].quote', 'Q'], ...newSource]);
    const fresh = form([
      ['citations[0].source', 'typed then changed my mind'],
      ['citations[0].newSource', 'on'],
      ['citations[0].quote', 'Q'],
      ...newSource,
    ]);
    expect(old.citations).toEqual([{ source: NEW_SOURCE, quote: 'Q' }]);
    expect(fresh.citations).toEqual([{ source: NEW_SOURCE, quote: 'Q' }]);
  });
});

describe('resolving on the server', () => {
  it('takes sectors, proposals and sources by name, address or id', async () => {
    const prisma = await db();
    const saved = await saveEvent(
      userId,
      {},
      form([
        ['sectors[0]', 'nil GRAIN trade'],
        ['proposals[0]', 'us–russian energy cooperation'],
        ['citations[0].source', 'nil single interview'],
        ['citations[0].quote', 'By title'],
        ['citations[1].source', 'https://nil.example/interview'],
        ['citations[1].quote', 'By address'],
        ['citations[2].source', `${P}-b`],
        ['citations[2].quote', 'By id'],
      ]),
    );
    const event = await prisma.event.findUniqueOrThrow({
      where: { id: saved.id },
      include: {
        sectors: { include: { sector: true } },
        proposals: { include: { proposal: true } },
        citations: { orderBy: { position: 'asc' } },
      },
    });
    expect(event.sectors.map((s) => s.sector.slug)).toEqual([`${P}-grain`]);
    expect(event.proposals.map((p) => p.proposal.slug)).toEqual(['energy-cooperation']);
    expect(event.citations.map((c) => c.sourceId)).toEqual([`${P}-c`, `${P}-c`, `${P}-b`]);
  });

  it('lists candidates for an ambiguous source, suggests partial names, and words the unknown', async () => {
    const errors = await rejected(
      saveEvent(
        userId,
        {},
        form([
          ['sectors[0]', 'Nil'],
          ['sectors[1]', 'No such sector nil'],
          ['citations[0].source', 'Nil twin report'],
          ['citations[0].quote', 'Q'],
          ['citations[1].source', 'No such report nil'],
          ['citations[1].quote', 'Q'],
        ]),
      ),
    );
    expect(errors['citations.0.source']).toEqual(['Several sources match “Nil twin report”: choose one.']);
    expect(choicesOf(errors, 'citations.0.source').map((c) => c.value)).toEqual([`${P}-a`, `${P}-b`]);
    expect(choicesOf(errors, 'citations.0.source')[0].label).toContain('Outlet A');
    // "Nil" is in both sector names but is neither: offered, not taken.
    expect(errors['sectors.0']).toEqual(['No sector is called “Nil”. Did you mean one of these?']);
    expect(choicesOf(errors, 'sectors.0').map((c) => c.value)).toEqual([`${P}-grain`, `${P}-oil`]);
    expect(errors['sectors.1']).toEqual(['No sector is called “No such sector nil”. Check the spelling, or create the sector first.']);
    expect(errors[choicesKey('sectors.1')]).toBeUndefined();
    expect(errors['citations.1.source']).toEqual([
      'No source has the title, address or id “No such report nil”. Check the spelling, or describe it under “Create a new source for a citation” and tick “Cite the new source described below instead”.',
    ]);
  });

  it('resolves a proposal’s citation sources by title, and refuses an ambiguous one', async () => {
    const input = (source: string) =>
      proposalInputSchema.parse({
        slug: '',
        title: `${P} proposal ${source}`,
        summary: 'S',
        sector: 'Nil oil trade',
        status: 'proposed',
        recordStatus: 'draft',
        citations: [{ source, quote: 'Q' }],
      });
    const errors = await rejected(saveRecord('proposal', userId, {}, input('Nil twin report')));
    expect(errors['citations.0.source']).toEqual(['Several sources match “Nil twin report”: choose one.']);
    const saved = await saveRecord('proposal', userId, {}, input('Nil single interview'));
    const prisma = await db();
    const citations = await prisma.citation.findMany({ where: { proposalId: saved.id } });
    expect(citations.map((c) => c.sourceId)).toEqual([`${P}-c`]);
  });

  it('words an unknown source for the form it is typed in: proposals cite existing sources only', async () => {
    const errors = await rejected(
      saveRecord(
        'proposal',
        userId,
        {},
        proposalInputSchema.parse({
          slug: '',
          title: `${P} proposal with an unknown source`,
          summary: 'S',
          sector: 'No such sector nil',
          status: 'proposed',
          recordStatus: 'draft',
          citations: [{ source: 'No such report nil', quote: 'Q' }],
        }),
      ),
    );
    expect(errors['citations.0.source']).toEqual([
      'No source has the title, address or id “No such report nil”. Check the spelling, or add it under Sources first, then cite it here.',
    ]);
    expect(errors.sector).toEqual(['No sector is called “No such sector nil”. Check the spelling, or create the sector first.']);
  });
});
