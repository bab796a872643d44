import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { db } from '@/lib/db';
import { saveEvent } from '@/lib/actions/events';
import { idle } from '@/lib/forms/action-state';
import { eventSnapshot } from '@/lib/data/snapshots';
import { eventInputSchema } from '@/lib/schemas/event';
import { createSession } from '@/lib/auth/session';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';
import { loadSeedDataset } from '@/lib/seed/load';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const seed = loadSeedDataset();

function toFormData(values: Record<string, unknown>) {
  const fd = new FormData();
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value))
      value.forEach((v, i) =>
        typeof v === 'object' ? Object.entries(v as object).forEach(([k, x]) => add(`${key}[${i}].${k}`, x)) : fd.append(key, String(v)),
      );
    else fd.append(key, String(value));
  };
  for (const [k, v] of Object.entries(values)) add(k, v);
  return fd;
}

const counts = async () => {
  const prisma = await db();
  return Promise.all([
    prisma.event.count(),
    prisma.citation.count(),
    prisma.eventActor.count(),
    prisma.revision.count(),
    prisma.source.count(),
  ]);
};

// Printable text with the characters that break naive code: quotes, angle brackets, emoji, RTL.
const text = (min: number, max: number) =>
  fc
    .string({ unit: fc.constantFrom(...Array.from('abcXYZ 019-_\'"<>&/\\;%é漢字🙂\u202e')), minLength: min, maxLength: max })
    .filter((s) => s.trim().length >= min);
const isoDay = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const validEvent = fc.record({
  title: text(1, 80),
  slugBase: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/),
  type: fc.constantFrom('meeting', 'call', 'visit', 'statement', 'proposal', 'sanction', 'legal', 'other'),
  date: isoDay,
  precision: fc.constantFrom('day', 'month', 'year'),
  approximate: fc.boolean(),
  location: fc.option(text(1, 40), { nil: undefined }),
  summary: text(1, 300),
  actors: fc.uniqueArray(fc.constantFrom(...seed.actors.slice(0, 8).map((a) => a.slug)), { maxLength: 3 }),
  role: fc.constantFrom('participant', 'host', 'speaker', 'mentioned'),
  sectors: fc.uniqueArray(fc.constantFrom(...seed.sectors.map((s) => s.slug)), { maxLength: 3 }),
  quote: text(1, 120),
  status: fc.constantFrom('draft', 'published'),
});

let run = 0;

beforeAll(async () => {
  const prisma = await db();
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(editor.id, 'vitest')).token);
});

/** Events the corrupted forms stored: junk can blank the slug (so it comes from the title) and publish them. */
const storedIds = new Set<string>();

// Leave the shared integration database as the seed left it for the other files.
afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({
    where: { OR: [{ slug: { startsWith: 'prop-' } }, { slug: { startsWith: 'corrupt-' } }, { id: { in: [...storedIds] } }] },
  });
});

describe('saveEvent, property-based', () => {
  it('stores any valid event and reads it back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validEvent, async (e) => {
        const start = e.precision === 'day' ? e.date : e.precision === 'month' ? `${e.date.slice(0, 7)}-01` : `${e.date.slice(0, 4)}-01-01`;
        const slug = `prop-${++run}-${e.slugBase}`.slice(0, 100).replace(/-+$/, '');
        const input = {
          title: e.title,
          slug,
          type: e.type,
          startDate: start,
          precision: e.precision,
          approximate: e.approximate ? 'on' : undefined,
          location: e.location,
          summary: e.summary,
          status: e.status,
          actors: e.actors.map((actor) => ({ actor, role: e.role })),
          sectors: e.sectors,
          citations: [{ source: seed.sources[0].id, quote: e.quote }],
        };
        const outcome = await callAction(() => saveEvent(idle, toFormData(input)));
        expect(outcome.result, JSON.stringify(outcome.result)).toBeUndefined();
        const id = outcome.redirect!.split('/')[3].split('?')[0];
        const prisma = await db();
        const stored = await prisma.$transaction((tx) => eventSnapshot(tx, id));
        expect(stored).toEqual({
          title: e.title.trim(),
          slug,
          type: e.type,
          startDate: start,
          precision: e.precision,
          endDate: undefined,
          approximate: e.approximate,
          location: e.location?.trim() || undefined,
          summary: e.summary.trim(),
          status: e.status,
          actors: e.actors.map((actor) => ({ actor, role: e.role, title: undefined })).sort((a, b) => a.actor.localeCompare(b.actor)),
          sectors: [...e.sectors].sort(),
          proposals: [],
          citations: [{ source: seed.sources[0].id, quote: e.quote.trim(), speaker: undefined }],
        });
      }),
      { numRuns: 400 },
    );
  }, 300_000);

  it('answers corrupted forms with field errors and stores only valid events', async () => {
    const field = fc.constantFrom(
      'title',
      'slug',
      'type',
      'startDate',
      'precision',
      'endDate',
      'approximate',
      'location',
      'summary',
      'status',
      'actors[0].actor',
      'actors[0].role',
      'actors[x].y',
      'sectors',
      'citations[0].source',
      'citations[0].quote',
      'citations[99].speaker',
      'newSource.url',
      'newSource.title',
      'version',
      'id',
      '__proto__',
      'constructor.prototype',
    );
    const junk = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.constantFrom(
        '',
        ' ',
        '2025-02-30',
        '2025-13-01',
        '2025-03-01',
        '-1',
        'NaN',
        'published',
        'draft',
        'year',
        '<script>alert(1)</script>',
        'x'.repeat(5000),
        '__new__',
        'kirill-dmitriev',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, junk), { minLength: 1, maxLength: 4 }), async (overrides) => {
        const fd = toFormData({
          title: 'Corrupted form',
          slug: `corrupt-${++run}`,
          type: 'meeting',
          startDate: '2025-03-18',
          precision: 'day',
          summary: 'S',
          status: 'draft',
          citations: [{ source: seed.sources[0].id, quote: 'Q' }],
        });
        for (const [k, v] of overrides) fd.set(k, v);
        const before = await counts();
        const outcome = await callAction(() => saveEvent(idle, fd));
        if (outcome.redirect) {
          // Whatever was stored reads back as a valid event.
          const id = outcome.redirect.split('/')[3].split('?')[0];
          storedIds.add(id);
          const prisma = await db();
          const stored = await prisma.$transaction((tx) => eventSnapshot(tx, id));
          expect(eventInputSchema.safeParse({ ...stored, approximate: stored!.approximate ? 'on' : '' }).success).toBe(true);
        } else {
          expect(outcome.result?.status).toMatch(/^(error|conflict)$/);
          expect(await counts()).toEqual(before);
        }
      }),
      { numRuns: 1000 },
    );
  }, 600_000);

  it('refuses references to unknown records with an error on that field, storing nothing', async () => {
    const before = await counts();
    const outcome = await callAction(() =>
      saveEvent(
        idle,
        toFormData({
          title: 'Unknown refs',
          slug: 'unknown-refs',
          type: 'call',
          startDate: '2025-01-01',
          precision: 'day',
          summary: 's',
          status: 'draft',
          actors: [{ actor: 'no-such-actor', role: 'host' }],
          citations: [{ source: 'no-such-source', quote: 'q' }],
        }),
      ),
    );
    expect(outcome.result).toMatchObject({
      status: 'error',
      fieldErrors: {
        'actors.0.actor': ['No actor is called “no-such-actor”. Check the spelling, or create a new actor with this name.'],
        'citations.0.source': [
          'No source has the title, address or id “no-such-source”. Check the spelling, or describe it under “Create a new source for a citation” and tick “Cite the new source described below instead”.',
        ],
      },
    });
    expect(await counts()).toEqual(before);
  });
});
