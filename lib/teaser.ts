const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text in which every code point is a grapheme of its own: Latin, Greek and Cyrillic letters without combining
 * marks, punctuation, currency signs, tabs and newlines (not CR, which joins a following LF). Most summaries are
 * such text, and need no segmenting.
 */
const ONE_POINT_EACH = /^[\t\n\u0020-\u007E\u00A0-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0]*$/u;

/**
 * A summary cut for a list that shows two lines of it (issue 10: the full
 * summaries were a fifth of `/`): at most `max` characters, "…" included,
 * cut at the last word boundary. Text that fits is returned as is. A single
 * word longer than `max` is cut between graphemes, so never inside a
 * surrogate pair or an emoji sequence.
 */
/** The longest teaser, in characters, "…" included. */
export const TEASER_MAX = 160;

export function teaser(text: string, max = TEASER_MAX): string {
  const codePoints = [...text];
  if (codePoints.length <= max) return text;
  const room = max - 1; // the ellipsis takes one
  // Only the first room + 1 code points are segmented: a boundary depends on the characters before it and the one
  // after, so every grapheme but the prefix's last is whole, and that last one reaches past room, so it never fits.
  // Segmenting the whole text, with a new Segmenter each time, was a tenth of the timeline's render (issue 9).
  const prefix = codePoints.slice(0, room + 1);
  const prefixText = prefix.join('');
  const graphemes = ONE_POINT_EACH.test(prefixText) ? prefix : [...segmenter.segment(prefixText)].map((g) => g.segment);
  // The first `room` code points, rounded down to whole graphemes.
  let head = '';
  let points = 0;
  for (const g of graphemes) {
    const n = [...g].length;
    if (points + n > room) break;
    head += g;
    points += n;
  }
  // The last space within reach, unless the one after the head is a space already (the head ends a word).
  const endsWord = /\s/u.test(text.slice(head.length, head.length + 1));
  const space = endsWord ? head.length : head.search(/\s+\S*$/u);
  const cut = space > 0 ? head.slice(0, space) : head;
  // No dangling punctuation before the ellipsis ("said, …" → "said…").
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
