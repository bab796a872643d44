/**
 * Every server action, called for real with valid input: anonymous and
 * disabled users (and editors, for admin-only actions) change nothing; the
 * right role does change something, which shows the input was valid and the
 * refusal came from the authorization check.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/session';
import { idle } from '@/lib/forms/action-state';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';
import { loadSeedDataset } from '@/lib/seed/load';
import { writeDataset } from '@/lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSource } from '../support/factories';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const seed = loadSeedDataset();
type Ctx = Record<string, string>;
type Case = {
  role: 'editor' | 'admin';
  form: (ctx: Ctx) => Record<string, string | string[]>;
  /** For actions that only read (previews): the status the right role gets, and no one else. */
  readOnlyStatus?: string;
  /** For read-only actions whose status says nothing: whether the answer shows the user was let in. */
  letIn?: (result: unknown) => boolean;
  /**
   * Authorized by a one-time token instead of a role (the first admin's /setup): no session may get
   * through without the token. Its token rules are tested in first-admin.test.ts and e2e/first-run.test.ts.
   */
  byToken?: true;
};

const n = () => Math.random().toString(36).slice(2, 8);
const event = (slug: string) => ({
  title: 'Authz test',
  slug,
  type: 'call',
  startDate: '2025-01-02',
  precision: 'day',
  summary: 'S',
  status: 'draft',
});

/** Valid input for each exported action; a new action without an entry fails the coverage test. */
const cases: Record<string, Case> = {
  'events.saveEvent': { role: 'editor', form: () => event(`authz-${n()}`) },
  'events.trashEventAction': { role: 'editor', form: (c) => ({ id: c.eventId, version: c.eventVersion }) },
  'events.untrashEventAction': { role: 'editor', form: (c) => ({ id: c.trashedEventId }) },
  'records.restoreRevision': { role: 'editor', form: (c) => ({ type: 'event', id: c.revisionEventId, revisionId: c.revisionId }) },
  'actors.saveActor': {
    role: 'editor',
    form: () => ({ slug: `authz-actor-${n()}`, name: 'Authz Actor', kind: 'person', status: 'draft' }),
  },
  'sectors.saveSector': {
    role: 'editor',
    form: () => ({ slug: `authz-sector-${n()}`, name: 'Authz sector', description: 'D', status: 'draft' }),
  },
  'sources.saveSource': {
    role: 'editor',
    form: () => ({ id: `authz-source-${n()}`, title: 'Authz source', kind: 'news', status: 'draft' }),
  },
  'proposals.saveProposal': {
    role: 'editor',
    form: () => ({
      slug: `authz-proposal-${n()}`,
      title: 'Authz proposal',
      summary: 'S',
      sector: seed.sectors[0].slug,
      status: 'proposed',
      recordStatus: 'draft',
    }),
  },
  'figures.saveFigure': {
    role: 'editor',
    form: () => ({ slug: `authz-figure-${n()}`, label: 'Authz figure', value: '12.5', unit: 'billion', status: 'draft' }),
  },
  'sanctions.saveDesignation': { role: 'editor', form: () => ({ actor: seed.actors[0].slug, authority: 'ofac', status: 'draft' }) },
  'sanctions.saveWaiver': {
    role: 'editor',
    form: () => ({ kind: 'specific', actor: seed.actors[0].slug, validFrom: '2025-04-01', fromPrecision: 'month', status: 'draft' }),
  },
  'records.trashRecordAction': { role: 'editor', form: (c) => ({ id: c.sectorId, type: 'sector' }) },
  'records.untrashRecordAction': { role: 'editor', form: (c) => ({ id: c.trashedActorId, type: 'actor' }) },
  'users.createUser': {
    role: 'admin',
    form: () => ({ email: `authz-${n()}@test.local`, name: 'Authz', password: 'a-long-enough-password', role: 'editor' }),
  },
  'inline-actor.createActorInline': {
    role: 'editor',
    form: () => ({ name: `Authz Inline Actor ${n()}`, kind: 'person', status: 'draft' }),
  },
  'users.resetUserPassword': { role: 'admin', form: (c) => ({ id: c.targetUserId, password: 'another-long-password' }) },
  'users.setUserDisabled': { role: 'admin', form: (c) => ({ id: c.targetUserId, disabled: '1' }) },
  'users.setUserRole': { role: 'admin', form: (c) => ({ id: c.targetUserId, role: 'admin' }) },
  'setup.completeSetup': {
    role: 'admin',
    byToken: true,
    form: () => ({ token: 'x'.repeat(43), email: `setup-${n()}@test.local`, name: 'Setup', password: 'a-long-enough-password' }),
  },
  ...importAndArticleCases(),
};

function importAndArticleCases(): Record<string, Case> {
  const file = () =>
    JSON.stringify([
      {
        slug: `authz-import-${n()}`,
        title: 'Imported',
        summary: 'S',
        type: 'call',
        date: { start: '2025-01-03', precision: 'day', approximate: false },
        location: null,
        actors: [],
        sectors: [],
        proposals: [],
        citations: [
          {
            quote: 'Q',
            speaker: null,
            source: {
              id: seed.sources[0].id,
              title: seed.sources[0].title,
              outlet: seed.sources[0].outlet,
              author: seed.sources[0].author,
              publishedAt: null,
              url: null,
              kind: seed.sources[0].kind,
            },
          },
        ],
      },
    ]);
  return {
    'import.previewImport': { role: 'editor', form: () => ({ text: file() }), readOnlyStatus: 'preview' },
    'import.runImport': { role: 'editor', form: () => ({ step: 'import', content: file(), fileName: 'authz.json' }) },
    'import.importAction': { role: 'editor', form: () => ({ step: 'import', content: file(), fileName: 'authz.json' }) },
    'article.extractArticle': { role: 'editor', form: () => article(), readOnlyStatus: 'review' },
    'article.editArticle': { role: 'editor', form: () => article(), letIn: (r) => !(r as { formError?: string }).formError },
    'article.createArticleDrafts': { role: 'editor', form: () => articleDrafts() },
    'article.articleAction': { role: 'editor', form: () => ({ ...articleDrafts(), step: 'create' }) },
  };
}

function article() {
  return {
    'article.title': `Authz article ${n()}`,
    'article.publishedAt': '2025-04-10',
    'article.text': 'Kirill Dmitriev met Steve Witkoff on Tuesday.',
  };
}

function articleDrafts() {
  return {
    ...article(),
    'events[0].key': 'e1',
    'events[0].accept': 'on',
    'events[0].title': `Authz drafted event ${n()}`,
    'events[0].summary': 'According to the article, they met.',
    'events[0].quote': 'Kirill Dmitriev met Steve Witkoff on Tuesday.',
    'events[0].type': 'meeting',
    'events[0].startDate': '2025-04-08',
    'events[0].precision': 'day',
    'events[0].role': 'participant',
  };
}

function formData(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
}

/** Everything an action could change, in one comparable value (sessions aside: tests make those). */
async function fingerprint() {
  const prisma = await db();
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') || ':' || count("deletedAt") FROM "Event") AS events,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Actor") AS actors,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Sector") AS sectors,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Source") AS sources,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Proposal") AS proposals,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Figure") AS figures,
      (SELECT count(*) FROM "Citation") AS citations,
      (SELECT count(*) FROM "Revision") AS revisions,
      (SELECT count(*) FROM "AuditEntry") AS audit,
      (SELECT count(*) || ':' || count("disabledAt") || ':' || string_agg(md5("passwordHash"), '' ORDER BY id) FROM "User") AS users`;
  return JSON.stringify(rows[0], (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
}

const modules = readdirSync(path.join(process.cwd(), 'lib/actions')).filter((f) => f.endsWith('.ts'));
const actions: { key: string; fn: (...args: unknown[]) => Promise<unknown>; arity: number }[] = [];
const ctx: Ctx = {};
const tokens: Record<'editor' | 'admin' | 'disabled', string> = { editor: '', admin: '', disabled: '' };

beforeAll(async () => {
  for (const file of modules) {
    const mod = (await import(`@/lib/actions/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn === 'function')
        actions.push({ key: `${file.replace(/\.ts$/, '')}.${name}`, fn: fn as never, arity: (fn as () => void).length });
    }
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
  // A session row for a disabled user: the lookup itself must refuse it.
  tokens.disabled = (await createSession(disabled.id, 'vitest')).token;

  // Records of its own to trash and restore, so the seeded data stays as other tests expect it.
  const source = buildSource({ id: `authz-source-${n()}` });
  const own = buildDataset({
    sources: [source],
    actors: [buildActor({ slug: `authz-trashed-actor-${n()}` })],
    events: [buildEvent(source.id, { slug: `authz-live-${n()}` }), buildEvent(source.id, { slug: `authz-trashed-${n()}` })],
  });
  await writeDataset(prisma, own, { status: 'draft' });
  const anEvent = await prisma.event.findUniqueOrThrow({ where: { slug: own.events[0].slug } });
  ctx.eventId = anEvent.id;
  ctx.eventVersion = String(anEvent.version);
  const trashed = await prisma.event.update({ where: { slug: own.events[1].slug }, data: { deletedAt: new Date() } });
  ctx.trashedEventId = trashed.id;
  const trashedActor = await prisma.actor.update({ where: { slug: own.actors[0].slug }, data: { deletedAt: new Date() } });
  ctx.trashedActorId = trashedActor.id;

  // One saved revision per record type, made through the real save actions as an admin.
  actAs(tokens.admin);
  const { saveEvent } = await import('@/lib/actions/events');
  const saved = await callAction(() => saveEvent(idle, formData({ ...event(`authz-rev-${n()}`), actors: [], citations: [] })));
  ctx.revisionEventId = saved.redirect!.split('/')[3].split('?')[0];
  ctx.revisionId = (await prisma.revision.findFirstOrThrow({ where: { entityId: ctx.revisionEventId } })).id;
  for (const [type, key] of [
    ['actor', 'actors.saveActor'],
    ['sector', 'sectors.saveSector'],
    ['source', 'sources.saveSource'],
    ['proposal', 'proposals.saveProposal'],
    ['figure', 'figures.saveFigure'],
  ] as const) {
    const action = actions.find((a) => a.key === key)!;
    const result = await callAction(() => action.fn(idle, formData(cases[key].form(ctx))));
    expect(result.redirect, `${key}: ${JSON.stringify(result.result)}`).toBeTruthy();
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: type }, orderBy: { createdAt: 'desc' } });
    ctx[`${type}Id`] = revision.entityId;
    ctx[`${type}RevisionId`] = revision.id;
  }
  ctx.targetUserId = (await user(testUsers.editor2.email)).id;
  actAs(undefined);
});

async function call(key: string, token: string | undefined) {
  const action = actions.find((a) => a.key === key)!;
  actAs(token);
  const fd = formData(cases[key].form(ctx));
  try {
    return await callAction(() => (action.arity >= 2 ? action.fn(idle, fd) : action.fn(fd)));
  } finally {
    actAs(undefined);
  }
}

describe('server actions check authorization themselves', () => {
  it('has a valid-input case for every exported action', () => {
    expect(actions.length).toBeGreaterThan(15);
    expect(actions.map((a) => a.key).filter((k) => !cases[k])).toEqual([]);
  });

  it.each(Object.keys(cases))('%s: anonymous, disabled and under-privileged users change nothing; the right role does', async (key) => {
    if (!actions.some((a) => a.key === key)) return; // listed but not (yet) exported: the coverage test reports the reverse
    const who: (keyof typeof tokens | undefined)[] = [undefined, 'disabled', ...(cases[key].role === 'admin' ? (['editor'] as const) : [])];
    const statusOf = (o: Awaited<ReturnType<typeof call>>) => (o.result as { status?: string } | undefined)?.status;
    for (const token of who) {
      const before = await fingerprint();
      const outcome = await call(key, token ? tokens[token] : undefined);
      expect(await fingerprint(), `${key} as ${token ?? 'anonymous'}`).toBe(before);
      if (cases[key].readOnlyStatus) expect(statusOf(outcome)).not.toBe(cases[key].readOnlyStatus);
      if (cases[key].letIn) expect(cases[key].letIn!(outcome.result)).toBe(false);
    }
    const before = await fingerprint();
    const outcome = await call(key, tokens[cases[key].role === 'admin' ? 'admin' : 'editor']);
    if (cases[key].byToken) {
      // Accounts exist here, and the token is not one the server issued: even an admin's session changes nothing.
      expect(await fingerprint()).toBe(before);
      return;
    }
    if (cases[key].readOnlyStatus || cases[key].letIn) {
      if (cases[key].readOnlyStatus) expect(statusOf(outcome), JSON.stringify(outcome).slice(0, 500)).toBe(cases[key].readOnlyStatus);
      if (cases[key].letIn) expect(cases[key].letIn!(outcome.result), JSON.stringify(outcome).slice(0, 500)).toBe(true);
      expect(await fingerprint()).toBe(before);
    } else {
      expect(await fingerprint(), `${key} as ${cases[key].role}: ${JSON.stringify(outcome).slice(0, 500)}`).not.toBe(before);
    }
  });
});

/** What a crafted request can make Next decode as an action's arguments instead of a FormData. */
const notFormData: [string, unknown][] = [
  ['a string', 'x'],
  ['an array', ['x']],
  ['null', null],
  ['undefined', undefined],
  ['a plain object', { id: 'x', type: 'event', step: 'import', get: 'not a function' }],
  ['a number', 42],
];

const NOT_UNDERSTOOD = 'The request was not understood; reload the page and try again.';

/** The "request not understood" answer, as a redirect's error message or as form state. */
function refusal(outcome: Awaited<ReturnType<typeof callAction>>) {
  if (outcome.redirect) return new URL(outcome.redirect, 'http://x').searchParams.get('error');
  return (outcome.result as { formError?: string } | undefined)?.formError;
}

/** Runs an action, reporting anything it throws other than Next's redirect instead of failing at once. */
async function attempt(run: () => Promise<unknown>) {
  try {
    return { outcome: await callAction(run) };
  } catch (error) {
    return { thrown: String((error as Error)?.stack ?? error).slice(0, 300) };
  }
}

describe('server actions tolerate hostile arguments', () => {
  it.each(['anonymous', 'admin'] as const)(
    'every action called %s with arguments that are not a FormData answers "not understood" and changes nothing',
    async (who) => {
      const problems: string[] = [];
      for (const action of actions) {
        const before = await fingerprint();
        for (const [label, value] of notFormData) {
          for (const args of [[value], [value, value], [idle, value], []]) {
            actAs(who === 'admin' ? tokens.admin : undefined);
            const { outcome, thrown } = await attempt(() => action.fn(...args));
            actAs(undefined);
            const where = `${action.key}(${args.length === 0 ? '' : label}) as ${who}`;
            if (thrown) problems.push(`${where} threw ${thrown}`);
            else if (refusal(outcome!) !== NOT_UNDERSTOOD) problems.push(`${where} answered ${JSON.stringify(outcome).slice(0, 200)}`);
          }
        }
        if ((await fingerprint()) !== before) problems.push(`${action.key} as ${who} changed the database`);
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );

  /** Every value of a valid form with a NUL put inside it (PostgreSQL cannot store NUL in text). */
  const withNul = (fields: Record<string, string | string[]>, keep: string[] = []) =>
    Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [
        k,
        keep.includes(k) ? v : (Array.isArray(v) ? v : [v]).map((x) => `${x.slice(0, 1)}\u0000${x.slice(1)}`),
      ]),
    );

  it('every action called by an admin with a NUL in every field refuses it and changes nothing', async () => {
    const problems: string[] = [];
    for (const action of actions) {
      const before = await fingerprint();
      actAs(tokens.admin);
      const fd = formData(withNul(cases[action.key].form(ctx)));
      const { outcome, thrown } = await attempt(() => (action.arity >= 2 ? action.fn(idle, fd) : action.fn(fd)));
      actAs(undefined);
      if (thrown) problems.push(`${action.key} threw ${thrown}`);
      else if (!refusal(outcome!)) problems.push(`${action.key} did not refuse: ${JSON.stringify(outcome).slice(0, 200)}`);
      if ((await fingerprint()) !== before) problems.push(`${action.key} changed the database`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('every action called by an admin with a NUL in every field but the step button never throws', async () => {
    // With the step kept, import and article reach their real write paths. The import strips NUL
    // from file data by design (lib/import/parse.ts), so only "no error thrown" is asserted here.
    const problems: string[] = [];
    for (const action of actions) {
      actAs(tokens.admin);
      const fd = formData(withNul(cases[action.key].form(ctx), ['step']));
      const { thrown } = await attempt(() => (action.arity >= 2 ? action.fn(idle, fd) : action.fn(fd)));
      actAs(undefined);
      if (thrown) problems.push(`${action.key} threw ${thrown}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
