/**
 * The sign-in limit holds under concurrency, on real PostgreSQL: of many
 * parallel attempts for one account (or from one address) at most
 * MAX_FAILURES get to check a password. The HTTP side is in
 * tests/e2e/sign-in-hardening.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { beginSignInAttempt, signInSucceeded } from '@/lib/auth/rate-limit';
import { MAX_FAILURES } from '@/lib/auth/rate-limit-window';

const tag = () => Math.random().toString(36).slice(2, 8);

describe('beginSignInAttempt under concurrency', () => {
  it('lets at most 5 of 40 parallel attempts for one account through, each from its own address', async () => {
    const email = `race-${tag()}@test.local`;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => beginSignInAttempt(email, `198.51.100.${i + 1}`)));
    const through = results.filter((r) => !r.blocked);
    expect(through.length).toBeLessThanOrEqual(MAX_FAILURES);
    for (const r of results) if (r.blocked) expect(r.retryAfterSeconds).toBeGreaterThan(0);
    // Refused attempts leave no row behind, so they don't prolong the lockout.
    const prisma = await db();
    expect(await prisma.signInAttempt.count({ where: { email } })).toBe(through.length);
  });

  it('lets at most 5 of 40 parallel attempts from one address through, whatever the accounts', async () => {
    const ip = `race-${tag()}`;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => beginSignInAttempt(`race-${tag()}-${i}@test.local`, ip)));
    expect(results.filter((r) => !r.blocked).length).toBeLessThanOrEqual(MAX_FAILURES);
  });

  it('counts a success against nothing, and blocks the sixth failure in a row', async () => {
    const email = `seq-${tag()}@test.local`;
    const ip = `seq-${tag()}`;
    const first = await beginSignInAttempt(email, ip);
    expect(first.blocked).toBe(false);
    if (!first.blocked) await signInSucceeded(first.id);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await beginSignInAttempt(email, ip)).blocked, `failure ${i + 1}`).toBe(false);
    const sixth = await beginSignInAttempt(email, ip);
    expect(sixth).toMatchObject({ blocked: true });
    if (sixth.blocked) expect(sixth.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });
});
