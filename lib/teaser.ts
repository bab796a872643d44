/**
 * A summary cut for a list that shows two lines of it (issue 10: the full
 * summaries were a fifth of `/`): at most `max` characters, "…" included,
 * cut at the last word boundary. Text that fits is returned as is. A single
 * word longer than `max` is cut between graphemes, so never inside a
 * surrogate pair or an emoji sequence.
 */
export function teaser(text: string, max = 160): string {
  if ([...text].length <= max) return text;
  const room = max - 1; // the ellipsis takes one
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
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
