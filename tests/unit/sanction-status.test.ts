import { describe, expect, it } from 'vitest';
import { parseIsoDay, type Precision } from '@/lib/dates';
import { designationInForce, statusAtEvent, statusLabel, waiverCovers, type DesignationSpan, type WaiverSpan } from '@/lib/sanction-status';

const d = (date: string, precision: Precision = 'day') => ({ date: parseIsoDay(date), precision });
const ev = (start: string, end = start, id = 'e1') => ({ id, start: parseIsoDay(start), end: parseIsoDay(end) });
const designation = (over: Partial<DesignationSpan> = {}): DesignationSpan => ({
  id: 'd1',
  authority: 'ofac',
  listed: d('2022-03-15'),
  listedOnOrBefore: false,
  delisted: null,
  ...over,
});
const waiver = (over: Partial<WaiverSpan> = {}): WaiverSpan => ({ designationId: null, eventId: null, from: null, to: null, ...over });

describe('designationInForce', () => {
  it('is no before the listing, yes on and after it, no from the delisting day', () => {
    const des = designation({ delisted: d('2024-06-10') });
    expect(designationInForce(des, ev('2022-03-14'))).toBe('no');
    expect(designationInForce(des, ev('2022-03-15'))).toBe('yes');
    expect(designationInForce(des, ev('2024-06-09'))).toBe('yes');
    expect(designationInForce(des, ev('2024-06-10'))).toBe('no');
    // An event spanning the delisting is partly under it.
    expect(designationInForce(des, ev('2024-06-09', '2024-06-11'))).toBe('maybe');
  });

  it('treats a month-precision listing as any day of that month', () => {
    const des = designation({ listed: d('2022-03-01', 'month') });
    expect(designationInForce(des, ev('2022-02-28'))).toBe('no');
    expect(designationInForce(des, ev('2022-03-01'))).toBe('maybe');
    expect(designationInForce(des, ev('2022-03-30'))).toBe('maybe');
    // Whatever day of March it was listed, it was in force by the 31st.
    expect(designationInForce(des, ev('2022-03-31'))).toBe('yes');
    expect(designationInForce(des, ev('2022-04-01'))).toBe('yes');
    // A month-precision event against a day listing inside that month: cannot tell.
    expect(designationInForce(designation(), ev('2022-03-01', '2022-03-31'))).toBe('maybe');
  });

  it('an "in force by" date is certain after it and unknown before it', () => {
    const des = designation({ listed: d('2025-04-02'), listedOnOrBefore: true });
    expect(designationInForce(des, ev('2025-04-02', '2025-04-03'))).toBe('yes');
    expect(designationInForce(des, ev('2025-02-18'))).toBe('maybe');
  });

  it('a month-precision delisting ends it somewhere in that month', () => {
    const des = designation({ delisted: d('2024-06-01', 'month') });
    expect(designationInForce(des, ev('2024-05-31'))).toBe('yes');
    expect(designationInForce(des, ev('2024-06-15'))).toBe('maybe');
    expect(designationInForce(des, ev('2024-07-01'))).toBe('no');
  });
});

describe('waiverCovers', () => {
  it('covers inside its window (inclusive), not before or after', () => {
    const w = waiver({ from: d('2025-04-01'), to: d('2025-04-10') });
    expect(waiverCovers(w, ev('2025-03-31'))).toBe('no');
    expect(waiverCovers(w, ev('2025-04-01'))).toBe('yes');
    expect(waiverCovers(w, ev('2025-04-10'))).toBe('yes');
    expect(waiverCovers(w, ev('2025-04-11'))).toBe('no');
    expect(waiverCovers(w, ev('2025-04-09', '2025-04-12'))).toBe('maybe');
  });

  it('month-precision windows are honest at their edges', () => {
    const w = waiver({ from: d('2025-04-01', 'month'), to: d('2025-04-01', 'month') });
    // The licence began some day in April and ended some day in April: a day inside is uncertain.
    expect(waiverCovers(w, ev('2025-04-15'))).toBe('maybe');
    expect(waiverCovers(w, ev('2025-03-31'))).toBe('no');
    expect(waiverCovers(w, ev('2025-05-01'))).toBe('no');
    const wide = waiver({ from: d('2025-03-01', 'month'), to: d('2025-05-01', 'month') });
    expect(waiverCovers(wide, ev('2025-04-01', '2025-04-30'))).toBe('yes');
  });

  it('an unknown end does not mean "for ever"', () => {
    const w = waiver({ from: d('2025-04-01') });
    expect(waiverCovers(w, ev('2025-04-01'))).toBe('yes');
    expect(waiverCovers(w, ev('2026-01-01'))).toBe('maybe');
  });

  it('covers the event it was granted for, whatever the dates', () => {
    const w = waiver({ from: d('2025-04-01', 'month'), eventId: 'visit' });
    expect(waiverCovers(w, ev('2025-04-02', '2025-04-03', 'visit'))).toBe('yes');
    expect(waiverCovers(w, ev('2025-04-02', '2025-04-03', 'other'))).toBe('maybe');
  });
});

describe('statusAtEvent', () => {
  const des = designation({ listed: d('2025-04-02'), listedOnOrBefore: true });
  const visitWaiver = waiver({ designationId: 'd1', from: d('2025-04-01', 'month'), eventId: 'visit' });

  it('has nothing to say about an actor without designations', () => {
    expect(statusAtEvent([], [], ev('2025-04-02'))).toBeNull();
  });

  it('before, within and after a waiver', () => {
    expect(statusAtEvent([des], [visitWaiver], ev('2025-04-02', '2025-04-03', 'visit'))).toEqual({
      sanctioned: 'yes',
      waived: 'yes',
      authorities: ['ofac'],
    });
    expect(statusAtEvent([des], [visitWaiver], ev('2025-02-18'))).toEqual({ sanctioned: 'maybe', waived: null, authorities: ['ofac'] });
    expect(statusAtEvent([des], [visitWaiver], ev('2025-06-01'))?.waived).toBe('maybe');
    expect(statusAtEvent([des], [], ev('2025-06-01'))).toEqual({ sanctioned: 'yes', waived: 'no', authorities: ['ofac'] });
  });

  it('a waiver of one designation does not lift another', () => {
    const eu = designation({ id: 'd2', authority: 'eu', listed: d('2022-02-28') });
    const status = statusAtEvent([des, eu], [visitWaiver], ev('2025-04-02', '2025-04-03', 'visit'));
    expect(status).toEqual({ sanctioned: 'yes', waived: 'maybe', authorities: ['ofac', 'eu'] });
  });

  it('words each state', () => {
    const names = (a: string) => a.toUpperCase();
    expect(statusLabel({ sanctioned: 'yes', waived: 'yes', authorities: ['ofac'] }, names)).toBe(
      'Under sanctions at the time (OFAC), suspended by a licence for this event',
    );
    expect(statusLabel({ sanctioned: 'no', waived: null, authorities: [] }, names)).toBe('Not under the recorded sanctions at the time');
    expect(statusLabel({ sanctioned: 'maybe', waived: null, authorities: ['eu'] }, names)).toMatch(
      /^Possibly under sanctions at the time \(EU\)/,
    );
  });
});
