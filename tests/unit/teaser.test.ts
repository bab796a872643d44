import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teaser, TEASER_MAX } from '@/lib/teaser';

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

  it('cuts where segmenting the whole text would, though it segments only the head', () => {
    // The cut as first written: the whole text in graphemes, then the head of whole graphemes within room.
    const wholeTextHead = (text: string, max: number) => {
      let head = '';
      let n = 0;
      for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
        if (n + points(segment) > max - 1) break;
        head += segment;
        n += points(segment);
      }
      return head;
    };
    // Pieces that make long and joined graphemes: combining marks, ZWJ families, flags, skin tones.
    // Plain pieces too, so that both the path without segmenting and the one with it are taken.
    const piece = fc.oneof(
      fc.constantFrom(
        'a',
        'é',
        'e\u0301\u0301\u0301',
        ' ',
        '👨‍👩‍👧',
        '🇺🇸',
        '🇷🇺',
        '👍🏽',
        '\u200d',
        '\u0301',
        '\u0483',
        '\r\n',
        '\r',
        'ж',
        '-',
        ',',
      ),
      fc.constantFrom('Riyadh ', 'talks', 'Дмитриев ', '€5 bn, ', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (pieces, max) => {
        const text = pieces.join('');
        const cut = teaser(text, max);
        if (points(text) <= max) {
          expect(cut).toBe(text);
          return;
        }
        expect(points(cut)).toBeLessThanOrEqual(max);
        const head = wholeTextHead(text, max);
        const endsWord = /\s/u.test(text.slice(head.length, head.length + 1));
        const space = endsWord ? head.length : head.search(/\s+\S*$/u);
        expect(cut).toBe(`${(space > 0 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`);
        // The list reads only max + 1 characters of a summary from the database (lib/data/timeline-list.ts).
        expect(teaser([...text].slice(0, max + 1).join(''), max)).toBe(cut);
      }),
      { numRuns: 2000 },
    );
  });

  it('skips segmenting only text whose every character is a grapheme of its own', () => {
    // Every code point the shortcut accepts (a long text of one of them is cut without the segmenter) must stand
    // alone beside a letter and beside itself, or the shortcut would cut inside a grapheme.
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const graphemes = (s: string) => [...segmenter.segment(s)].length;
    const accepted: string[] = [];
    for (let point = 0; point <= 0x20ff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const c = String.fromCodePoint(point);
      const text = c.repeat(TEASER_MAX + 5);
      // Accepted: the cut keeps TEASER_MAX - 1 whole characters (no space, so no word boundary) before the ellipsis.
      if (teaser(text) === `${c.repeat(TEASER_MAX - 1)}…`) accepted.push(c);
    }
    expect(accepted.length).toBeGreaterThan(1000);
    for (const c of accepted) {
      if (/[\s,;:–—-]/u.test(c)) continue;
      expect([graphemes(`a${c}`), graphemes(`${c}a`), graphemes(`${c}${c}`)]).toEqual([2, 2, 2]);
    }
  });
});
