/**
 * A message that repeats what the editor typed repeats at most its first 60
 * characters and "…" (echo in lib/schemas/error-map.ts): a pasted page of
 * text in a name field does not come back as a page-long error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { eventInputSchema } from '@/lib/schemas/event';
import { writeDataset } from '@/lib/seed/write';
import { ValidationError } from '@/lib/write/errors';
import { saveEvent } from '@/lib/write/event-ops';
import { buildDataset, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const P = 'zz-echo';
const source = buildSource({ id: `${P}-source` });
let userId: string;

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
  await writeDataset(prisma, buildDataset({ sources: [source] }), { status: 'draft' });
});

// Words no record holds, so nothing is suggested: the message is the plain "No … is called".
const long = (word: string) => Array.from({ length: 15 }, (_, i) => `${word}${i}`).join(' ');

describe('messages that quote what was typed', () => {
  it('cut the quoted text to 60 characters and "…", for actors, speakers, sectors and sources', async () => {
    const typed = { actor: long('Qzactor'), speaker: long('Qzspeaker'), sector: long('Qzsector'), source: long('Qzsource') };
    const input = eventInputSchema.parse({
      title: `${P} event`,
      type: 'call',
      startDate: '2025-03-04',
      precision: 'day',
      summary: 'Saved by a test.',
      status: 'draft',
      actors: [{ actor: typed.actor, role: 'participant' }],
      sectors: [typed.sector],
      citations: [{ source: typed.source, quote: 'A quote', speaker: typed.speaker }],
    });
    const error = await saveEvent(userId, {}, input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const errors = (error as ValidationError).fieldErrors;
    const cases: [string, string][] = [
      ['actors.0.actor', typed.actor],
      ['citations.0.speaker', typed.speaker],
      ['sectors.0', typed.sector],
      ['citations.0.source', typed.source],
    ];
    for (const [field, text] of cases) {
      const message = errors[field][0];
      expect(message).toContain(`“${text.slice(0, 60).trimEnd()}…”`);
      expect(message).not.toContain(text.slice(0, 61));
      expect(message.length).toBeLessThan(300);
    }
  });
});
