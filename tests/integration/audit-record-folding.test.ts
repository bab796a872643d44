/**
 * The audit log's record filter compares names as the pickers do: case,
 * accents and Cyrillic case ignored, aliases included, so an editor who
 * types a name the way the picker would have found it gets that record's
 * history.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/session';
import { auditEntries } from '@/lib/data/admin-accounts';
import { findAuditRecord } from '@/lib/data/admin-audit-records';
import { actorInputSchema } from '@/lib/schemas/actor';
import { saveRecord } from '@/lib/write/record-ops';
import { actAs } from '../support/request-context';
import { testUsers } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);

let id: string;

beforeAll(async () => {
  const prisma = await db();
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } });
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(admin.id, 'vitest')).token);
  const input = actorInputSchema.parse({ name: 'Ádám Zqfoldé', kind: 'person', status: 'draft', aliases: 'Адам Зкфолде' });
  id = (await saveRecord('actor', editor.id, {}, input)).id;
});

describe('the audit record filter', () => {
  it.each([
    ['without accents, in lower case', 'adam zqfolde', false],
    ['by a Cyrillic alias in upper case', 'АДАМ ЗКФОЛДЕ', false],
    ['by part of a Cyrillic alias in lower case', 'зкфолде', true],
    ['by part of the name without its accents', 'zqfolde', true],
  ])('finds an actor typed %s, with its history', async (_how, typed, partial) => {
    const lookup = await findAuditRecord(typed);
    expect(lookup).toEqual({
      kind: 'found',
      partial,
      record: { entityType: 'actor', entityId: id, title: 'Ádám Zqfoldé', trashed: false },
    });
    const { entries } = await auditEntries({ entityType: 'actor', entityId: id });
    expect(entries.map((e) => e.action)).toContain('create');
  });

  it('still finds nothing for a name nobody has', async () => {
    expect(await findAuditRecord('Zqfolde Nobody')).toEqual({ kind: 'none' });
  });
});
