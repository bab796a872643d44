import { describe, expect, it } from 'vitest';
import { bucketsBetween, defaultZoom } from '@/components/timeline/time-axis';

describe('time axis buckets', () => {
  it('enumerates every period in the window', () => {
    expect(bucketsBetween('2024-11-15', '2025-02-03', 'month')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(bucketsBetween('2022-06-01', '2025-01-01', 'year')).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    expect(bucketsBetween('2025-02-27', '2025-03-02', 'day')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
  });
  it('zooms to fit the window', () => {
    expect(defaultZoom('2014-01-01', '2025-04-03')).toBe('year');
    expect(defaultZoom('2025-01-01', '2025-04-03')).toBe('month');
    expect(defaultZoom('2025-04-01', '2025-04-30')).toBe('day');
  });
});
