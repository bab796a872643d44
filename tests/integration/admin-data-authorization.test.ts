/**
 * Every read in lib/data/admin*.ts authorizes itself: anonymous and disabled
 * users are sent to sign in, editors are refused the admin-only reads, and
 * the right role gets data. Pages are not trusted to have checked first.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/session';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

type Role = 'editor' | 'admin';
type Case = { role: Role; args: (ctx: Record<string, string>) => unknown[] };

/** Arguments for each exported read; a new read without an entry fails the coverage test. */
const cases: Record<string, Case> = {
  'admin.pickerOptions': { role: 'editor', args: () => [] },
  'admin.eventOptions': { role: 'editor', args: () => [] },
  'admin.adminOverview': { role: 'editor', args: () => [] },
  'admin.trashList': { role: 'editor', args: () => [] },
  'admin.revisionsOf': { role: 'editor', args: (c) => ['event', c.eventId] },
  'admin.adminEventList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminEvent': { role: 'editor', args: (c) => [c.eventId] },
  'admin.adminActorList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminActor': { role: 'editor', args: (c) => [c.actorId] },
  'admin.adminSectorList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminSector': { role: 'editor', args: (c) => [c.sectorId] },
  'admin.adminSourceList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminSource': { role: 'editor', args: (c) => [c.sourceId] },
  'admin.adminProposalList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminProposal': { role: 'editor', args: (c) => [c.proposalId] },
  'admin.adminFigureList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin.adminFigure': { role: 'editor', args: (c) => [c.figureId] },
  'admin-snapshots.eventEditSnapshot': { role: 'editor', args: (c) => [c.eventId] },
  'admin-snapshots.recordEditSnapshot': { role: 'editor', args: (c) => ['actor', c.actorId] },
  'admin-snapshots.eventPreview': { role: 'editor', args: (c) => [c.eventId] },
  'admin-sanctions.adminDesignationList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin-sanctions.adminWaiverList': { role: 'editor', args: () => [{ page: 0 }] },
  'admin-sanctions.adminDesignation': { role: 'editor', args: () => ['seed-kirill-dmitriev-us'] },
  'admin-sanctions.adminWaiver': { role: 'editor', args: () => ['seed-kirill-dmitriev-washington-visit-2025'] },
  'admin-sanctions.designationOptions': { role: 'editor', args: () => [] },
  'admin-sanctions.sanctionsTrash': { role: 'editor', args: () => [] },
  'admin-accounts.adminUsers': { role: 'admin', args: () => [] },
  'admin-accounts.auditEntries': { role: 'admin', args: () => [{}] },
  'admin-accounts.auditUsers': { role: 'admin', args: () => [] },
  'admin-audit-records.findAuditRecord': { role: 'admin', args: () => ['Kirill Dmitriev'] },
  'admin-lookup.lookupNames': { role: 'editor', args: () => ['actor', 'Dmitriev'] },
};

const modules = readdirSync(path.join(process.cwd(), 'lib/data')).filter((f) => /^admin.*\.ts$/.test(f));
const reads: { key: string; fn: (...args: unknown[]) => Promise<unknown> }[] = [];
const ctx: Record<string, string> = {};
const tokens = { editor: '', admin: '', disabled: '' };

beforeAll(async () => {
  for (const file of modules) {
    const mod = (await import(`@/lib/data/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === 'function') reads.push({ key: `${file.replace(/\.ts$/, '')}.${name}`, fn: fn as never });
  }
  const prisma = await db();
  const user = (email: string) => prisma.user.findUniqueOrThrow({ where: { email } });
  const [editor, admin, disabled] = await Promise.all([
    user(testUsers.editor.email),
    user(testUsers.admin.email),
    user(testUsers.disabled.email),
  ]);
  tokens.editor = (await createSession(editor.id, 'vitest')).token;
  tokens.admin = (await createSession(admin.id, 'vitest')).token;
  tokens.disabled = (await createSession(disabled.id, 'vitest')).token;
  ctx.eventId = (await prisma.event.findFirstOrThrow()).id;
  ctx.actorId = (await prisma.actor.findFirstOrThrow()).id;
  ctx.sectorId = (await prisma.sector.findFirstOrThrow()).id;
  ctx.sourceId = (await prisma.source.findFirstOrThrow()).id;
  ctx.proposalId = (await prisma.proposal.findFirstOrThrow()).id;
  ctx.figureId = (await prisma.figure.findFirstOrThrow()).id;
});

describe('the admin data layer', () => {
  it('has a case for every exported read', () => {
    expect(modules.length).toBeGreaterThanOrEqual(3);
    expect(reads.map((r) => r.key).sort()).toEqual(Object.keys(cases).sort());
  });

  it('sends anonymous and disabled users to sign in, from every read', async () => {
    for (const who of [undefined, 'disabled'] as const) {
      actAs(who && tokens[who]);
      for (const { key, fn } of reads) {
        const outcome = await callAction(() => fn(...cases[key].args(ctx)));
        expect(outcome.result, `${key} as ${who ?? 'anonymous'}`).toBeUndefined();
        expect(outcome.redirect, `${key} as ${who ?? 'anonymous'}`).toMatch(/^\/sign-in\?next=/);
      }
    }
  });

  it('refuses editors the admin-only reads', async () => {
    actAs(tokens.editor);
    for (const { key, fn } of reads.filter((r) => cases[r.key].role === 'admin')) {
      const outcome = await callAction(() => fn(...cases[key].args(ctx)));
      expect(outcome.redirect, key).toBe('/admin?denied=1');
      expect(outcome.result, key).toBeUndefined();
    }
  });

  it('gives the right role its data (so the refusals above came from the guard)', async () => {
    for (const { key, fn } of reads) {
      actAs(tokens[cases[key].role]);
      const outcome = await callAction(() => fn(...cases[key].args(ctx)));
      expect(outcome.redirect, key).toBeUndefined();
      expect(outcome.result, key).toBeTruthy();
    }
  });
});
