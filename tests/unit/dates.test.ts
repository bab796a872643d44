import { describe, expect, it } from 'vitest';
import { formatDateLabel, parseIsoDay, periodEnd, periodStart, isoDay } from '@/lib/dates';

const d = parseIsoDay;

describe('formatDateLabel', () => {
  it('shows a date only to its precision', () => {
    expect(formatDateLabel(d('2025-03-18'), 'day')).toBe('18 March 2025');
    expect(formatDateLabel(d('2025-03-01'), 'month')).toBe('March 2025');
    expect(formatDateLabel(d('2025-01-01'), 'year')).toBe('2025');
  });
  it('marks approximate dates', () => {
    expect(formatDateLabel(d('2025-04-01'), 'month', null, true)).toBe('c. April 2025');
  });
  it('shows ranges compactly', () => {
    expect(formatDateLabel(d('2025-04-02'), 'day', d('2025-04-03'))).toBe('2–3 April 2025');
    expect(formatDateLabel(d('2025-03-30'), 'day', d('2025-04-02'))).toBe('30 March – 2 April 2025');
    expect(formatDateLabel(d('2024-12-30'), 'day', d('2025-01-02'))).toBe('30 December 2024 – 2 January 2025');
  });
});

describe('periods', () => {
  it('ends a month on its last day, leap years included', () => {
    expect(isoDay(periodEnd(d('2024-02-01'), 'month'))).toBe('2024-02-29');
    expect(isoDay(periodEnd(d('2025-02-01'), 'month'))).toBe('2025-02-28');
    expect(isoDay(periodEnd(d('2025-01-01'), 'year'))).toBe('2025-12-31');
    expect(isoDay(periodEnd(d('2025-03-18'), 'day'))).toBe('2025-03-18');
  });
  it('finds the start of the period a day falls in', () => {
    expect(isoDay(periodStart(d('2025-03-18'), 'month'))).toBe('2025-03-01');
    expect(isoDay(periodStart(d('2025-03-18'), 'year'))).toBe('2025-01-01');
  });
});

describe('the period-start rule (one home for forms, import and seed)', () => {
  it('names the date a month or year date should be, and accepts one that starts its period', async () => {
    const { periodStartFix, periodStartMessage } = await import('@/lib/dates');
    expect(periodStartFix('2025-03-14', 'month')).toBe('2025-03-01');
    expect(periodStartFix('2025-03-14', 'year')).toBe('2025-01-01');
    expect(periodStartFix('2025-03-01', 'month')).toBeNull();
    expect(periodStartFix('2025-03-01', 'year')).toBe('2025-01-01');
    expect(periodStartFix('2025-03-14', 'day')).toBeNull();
    expect(periodStartMessage('2025-03-14', 'month')).toBe('For a date known only to the month, use the 1st (2025-03-01)');
    expect(periodStartMessage(undefined, 'year')).toBeNull();
  });
});
