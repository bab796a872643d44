/**
 * The one restore-revision action, for every record type: it saves an old
 * revision again as a new one, and refuses a revision that belongs to
 * another record or another type (a tampered history form) without writing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restoreRevision } from '@/lib/actions/records';
import { saveEvent } from '@/lib/actions/events';
import { saveActor } from '@/lib/actions/actors';
import { saveSector } from '@/lib/actions/sectors';
import { saveSource } from '@/lib/actions/sources';
import { saveProposal } from '@/lib/actions/proposals';
import { saveFigure } from '@/lib/actions/figures';
import { createSession } from '@/lib/auth/session';
import type { SnapshotType } from '@/lib/data/snapshots';
import { db } from '@/lib/db';
import { idle, type ActionState } from '@/lib/forms/action-state';
import { loadSeedDataset } from '@/lib/seed/load';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const seed = loadSeedDataset();
const n = () => Math.random().toString(36).slice(2, 8);
type Save = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Each type: its save action, its admin path, a valid new record, and the field an edit changes. */
const types: Record<SnapshotType, { save: Save; plural: string; create: () => Record<string, string>; field: string }> = {
  event: {
    save: saveEvent,
    plural: 'events',
    create: () => ({
      title: 'Restore test',
      slug: `zz-restore-${n()}`,
      type: 'call',
      startDate: '2025-01-02',
      precision: 'day',
      summary: 'S',
      status: 'draft',
    }),
    field: 'title',
  },
  actor: {
    save: saveActor,
    plural: 'actors',
    create: () => ({ slug: `zz-restore-${n()}`, name: 'Restore Actor', kind: 'person', status: 'draft' }),
    field: 'name',
  },
  sector: {
    save: saveSector,
    plural: 'sectors',
    create: () => ({ slug: `zz-restore-${n()}`, name: 'Restore sector', description: 'D', status: 'draft' }),
    field: 'name',
  },
  source: {
    save: saveSource,
    plural: 'sources',
    create: () => ({ id: `zz-restore-${n()}`, title: 'Restore source', kind: 'news', status: 'draft' }),
    field: 'title',
  },
  proposal: {
    save: saveProposal,
    plural: 'proposals',
    create: () => ({
      slug: `zz-restore-${n()}`,
      title: 'Restore proposal',
      summary: 'S',
      sector: seed.sectors[0].slug,
      status: 'proposed',
      recordStatus: 'draft',
    }),
    field: 'title',
  },
  figure: {
    save: saveFigure,
    plural: 'figures',
    create: () => ({ slug: `zz-restore-${n()}`, label: 'Restore figure', value: '12.5', unit: 'billion', status: 'draft' }),
    field: 'label',
  },
};

function formData(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

let token = '';
/** Per type: a record saved twice (version 1, then an edit to version 2) and its two revisions. */
const made = {} as Record<SnapshotType, { id: string; first: { id: string; snapshot: unknown }; second: { id: string } }>;

async function revisionCount() {
  return (await db()).revision.count();
}

beforeAll(async () => {
  const prisma = await db();
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  token = (await createSession(editor.id, 'vitest')).token;
  actAs(token);
  for (const [type, t] of Object.entries(types) as [SnapshotType, (typeof types)[SnapshotType]][]) {
    const values = t.create();
    const created = await callAction(() => t.save(idle, formData(values)));
    expect(created.redirect, `${type}: ${JSON.stringify(created.result)}`).toMatch(/\?saved=1$/);
    const id = decodeURIComponent(created.redirect!.split('/')[3].split('?')[0]);
    const edited = await callAction(() => t.save(idle, formData({ ...values, id, version: '1', [t.field]: `${values[t.field]} edited` })));
    expect(edited.redirect, `${type}: ${JSON.stringify(edited.result)}`).toMatch(/\?saved=2$/);
    const [first, second] = await prisma.revision.findMany({ where: { entityType: type, entityId: id }, orderBy: { version: 'asc' } });
    made[type] = { id, first: { id: first.id, snapshot: first.snapshot }, second: { id: second.id } };
  }
});

afterAll(() => actAs(undefined));

describe('restoreRevision', () => {
  it.each(Object.keys(types) as SnapshotType[])('restores an old %s revision as a new one', async (type) => {
    const { id, first } = made[type];
    const outcome = await callAction(() => restoreRevision(formData({ type, id, revisionId: first.id })));
    expect(outcome.redirect).toBe(`/admin/${types[type].plural}/${encodeURIComponent(id)}/history?restored=3`);
    const latest = await (await db()).revision.findFirstOrThrow({ where: { entityType: type, entityId: id, version: 3 } });
    expect(latest.action).toBe('restore-revision');
    expect(latest.message).toBe('Restored revision 1');
    expect(latest.snapshot).toEqual(first.snapshot);
  });

  it('refuses a revision of another record, writing nothing', async () => {
    const before = await revisionCount();
    const outcome = await callAction(() =>
      restoreRevision(formData({ type: 'actor', id: made.actor.id, revisionId: made.sector.second.id })),
    );
    expect(outcome.redirect).toMatch(new RegExp(`^/admin/actors/${made.actor.id}/history\\?error=`));
    const other = await callAction(() =>
      restoreRevision(formData({ type: 'event', id: made.event.id, revisionId: made.figure.second.id })),
    );
    expect(other.redirect).toMatch(/\?error=/);
    expect(await revisionCount()).toBe(before);
  });

  it('sends a request with an unknown type back with a message, writing nothing', async () => {
    const before = await revisionCount();
    const outcome = await callAction(() => restoreRevision(formData({ type: 'user', id: made.actor.id, revisionId: made.actor.first.id })));
    expect(outcome.redirect).toMatch(/^\/admin\/events\/[^?]+\/history\?error=/);
    expect(await revisionCount()).toBe(before);
  });
});
