import { describe, expect, it } from 'vitest';
import { databaseTuning } from '@/lib/env';

describe('database tuning variables', () => {
  it('default to a pool of 10, a 10 s wait to start a save and a 20 s transaction limit', () => {
    expect(databaseTuning({})).toEqual({ DATABASE_POOL_SIZE: 10, DATABASE_TX_MAX_WAIT_MS: 10_000, DATABASE_TX_TIMEOUT_MS: 20_000 });
    expect(databaseTuning({ DATABASE_POOL_SIZE: ' ' }).DATABASE_POOL_SIZE).toBe(10);
  });
  it('read whole numbers', () => {
    expect(databaseTuning({ DATABASE_POOL_SIZE: '25', DATABASE_TX_MAX_WAIT_MS: '500', DATABASE_TX_TIMEOUT_MS: '60000' })).toEqual({
      DATABASE_POOL_SIZE: 25,
      DATABASE_TX_MAX_WAIT_MS: 500,
      DATABASE_TX_TIMEOUT_MS: 60_000,
    });
  });
  it.each([
    ['DATABASE_POOL_SIZE', 'ten', /DATABASE_POOL_SIZE must be a whole number of connections/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE must be 1 or more/],
    ['DATABASE_POOL_SIZE', '2.5', /DATABASE_POOL_SIZE must be a whole number/],
    ['DATABASE_TX_MAX_WAIT_MS', '1e9', /DATABASE_TX_MAX_WAIT_MS must be 120000 or less/],
    ['DATABASE_TX_TIMEOUT_MS', '-1', /DATABASE_TX_TIMEOUT_MS must be 1000 or more/],
  ])('refuse %s=%s with a readable message', (name, value, message) => {
    expect(() => databaseTuning({ [name]: value })).toThrow(message);
  });
});
