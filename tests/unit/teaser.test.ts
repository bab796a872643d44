import { describe, expect, it } from 'vitest';
import { teaser } from '@/lib/teaser';

const points = (s: string) => [...s].length;

describe('teaser', () => {
  it('leaves a text that fits untouched', () => {
    expect(teaser('Short summary.')).toBe('Short summary.');
    const exact = 'a'.repeat(160);
    expect(teaser(exact)).toBe(exact);
  });

  it('cuts at the last word boundary with an ellipsis, within the limit', () => {
    const text =
      'The delegations met in Riyadh to discuss sanctions relief, energy projects and the Arctic, and agreed to meet again in spring.';
    const cut = teaser(text, 60);
    expect(cut).toBe('The delegations met in Riyadh to discuss sanctions relief…');
    expect(points(cut)).toBeLessThanOrEqual(60);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('keeps a whole last word when the cut falls just after it', () => {
    // 'alpha beta gamma' is 16 characters; room for 16 before the ellipsis, then a space.
    expect(teaser('alpha beta gamma delta', 17)).toBe('alpha beta gamma…');
  });

  it('never cuts inside a surrogate pair or an emoji sequence', () => {
    const family = '👨‍👩‍👧'; // one grapheme, 5 code points, 8 UTF-16 units
    const word = `${'x'.repeat(8)}${family}${family}${'y'.repeat(20)}`;
    const cut = teaser(word, 16);
    expect(points(cut)).toBeLessThanOrEqual(16);
    expect(cut).toBe(`${'x'.repeat(8)}${family}…`);
    const pairs = `${'😀'.repeat(30)}`;
    const cutPairs = teaser(pairs, 11);
    expect(cutPairs).toBe(`${'😀'.repeat(10)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cutPairs)).toBe(false);
  });

  it('counts the limit in characters, not UTF-16 units', () => {
    const text = '😀 '.repeat(70).trim(); // 139 characters, 209 UTF-16 units
    expect(teaser(text)).toBe(text);
  });
});
