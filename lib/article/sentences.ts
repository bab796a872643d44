/**
 * An article's text → its sentences, each kept verbatim (it becomes a
 * citation's quote). Pure and deterministic.
 */

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'dept',
  'fig',
  'ave',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
]);

/**
 * Splits on . ! ? (with any closing quotes or brackets) followed by space and
 * a capital, digit or opening quote, and always at line breaks between
 * paragraphs. A full stop after an abbreviation or an initial ("Mr.",
 * "U.S.", "J.") does not end a sentence; decimals ("1.5") never do.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n|\n(?=\s*[-•*]\s)/);
  for (const paragraph of paragraphs) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    let start = 0;
    // `(?<![.!?])`: a match may only start at the first mark of a run. Without it
    // a long run with no boundary after it ("....") is retried from every mark,
    // each retry rescanning the rest of the run: quadratic. No match is lost: a
    // match starting mid-run would end where the one from the run's start does.
    const boundary = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9\u00C0-\u024F])/g;
    for (const m of flat.matchAll(boundary)) {
      const end = m.index + m[1].length + m[2].length;
      if (m[1] === '.' && !m[2]) {
        // Only the word before the stop matters; a bounded slice keeps long texts linear.
        const before = flat.slice(Math.max(start, m.index - 40), m.index);
        const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
        const lower = word.toLowerCase();
        // An initial ("J. Smith") or an abbreviation ("Mr. Witkoff", "the U.S. side").
        if (/^[A-Z]$/.test(word) || ABBREVIATIONS.has(lower) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) continue;
      }
      const sentence = flat.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end + m[3].length;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
