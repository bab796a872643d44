/**
 * The waiver form names the event it was granted for by its title, like
 * every other picker (issue 12: names, not slugs): the schema takes a title,
 * the writer resolves it, and a title that matches nothing exactly comes
 * back with candidates instead of the slug rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { choicesOf } from '@/lib/forms/choices';
import { waiverInputSchema } from '@/lib/schemas/sanction';
import { loadSeedDataset } from '@/lib/seed/load';
import { ValidationError } from '@/lib/write/errors';
import { saveRecord } from '@/lib/write/record-ops';
import { testUsers } from '../support/users';

const seed = loadSeedDataset();
const event = seed.events.find((e) => e.slug === '2025-04-02-dmitriev-washington-visit')!;
let userId: string;

const input = (over: Record<string, unknown>) =>
  waiverInputSchema.parse({ kind: 'specific', name: 'Waiver by name test', actor: 'Kirill Dmitriev', status: 'draft', ...over });

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
});

describe('a waiver granted for an event', () => {
  it('takes the event by its title, in any case', async () => {
    const parsed = input({ event: `  ${event.title.toUpperCase()} ` });
    const saved = await saveRecord('waiver', userId, {}, parsed);
    const prisma = await db();
    const waiver = await prisma.waiver.findUniqueOrThrow({ where: { id: saved.id }, include: { event: true } });
    expect(waiver.event?.slug).toBe(event.slug);
    await prisma.waiver.delete({ where: { id: saved.id } });
  });

  it('offers the candidates of a title that matches none exactly', async () => {
    const words = event.title.split(' ').slice(0, 2).join(' ');
    const error = await saveRecord('waiver', userId, {}, input({ event: words })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const errors = (error as ValidationError).fieldErrors;
    expect(errors.event[0]).toMatch(/^No event has the title “.*”\. Did you mean one of these\?$/);
    expect(choicesOf(errors, 'event').map((c) => c.value)).toContain(event.slug);
  });
});
