import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '@/lib/diff';

describe('diffSnapshots', () => {
  it('sees no change in list rows whose keys came back from jsonb in another order', () => {
    const stored = { actors: [{ role: 'host', actor: 'a', title: 'Host' }], title: 'T' };
    const current = { actors: [{ actor: 'a', role: 'host', title: 'Host' }], title: 'T' };
    expect(diffSnapshots(stored, current)).toEqual([]);
  });

  it('shows a changed row in the current snapshot’s key order on both sides', () => {
    const stored = { citations: [{ quote: 'Q', source: 's' }] };
    const current = { citations: [{ source: 's', quote: 'Q2' }] };
    expect(diffSnapshots(stored, current)).toEqual([{ field: 'citations', before: 's · Q', after: 's · Q2' }]);
  });
});
