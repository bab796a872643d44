import { describe, expect, it } from 'vitest';
import { periodLinkHref, periodLinkLabel } from '@/lib/timeline/period-link';

describe('the server axis period links', () => {
  it('narrow the filter to the period, a zoom level finer', () => {
    expect(periodLinkHref('', '2025-01-01', 'year')).toBe('/?from=2025-01-01&to=2025-12-31&zoom=month');
    expect(periodLinkHref('sector=energy&type=meeting', '2024-02-01', 'month')).toBe(
      '/?sector=energy&type=meeting&from=2024-02-01&to=2024-02-29&zoom=day',
    );
    // The period replaces the filter's own dates rather than adding a second pair.
    expect(periodLinkHref('from=2020-01-01&to=2026-01-01&sector=space', '2025-03-31', 'day')).toBe(
      '/?from=2025-03-31&to=2025-03-31&sector=space&zoom=day',
    );
  });

  it('name the period for screen readers', () => {
    expect(periodLinkLabel('2025-01-01', 'year')).toBe('2025: show its events');
    expect(periodLinkLabel('2025-03-01', 'month')).toBe('Mar 2025: show its events');
    expect(periodLinkLabel('2025-03-31', 'day')).toBe('31 Mar 2025: show its events');
  });
});
