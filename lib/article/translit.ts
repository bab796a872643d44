/**
 * One spelling key per name, so that the ways a Russian or Ukrainian name is
 * written match each other: Cyrillic ("Дмитриев") and the common Latin
 * transliterations ("Dmitriev", "Dmitriyev"; "Zelensky", "Zelenskiy",
 * "Zelenskyy"; "Sergei", "Sergey"; "Alexei", "Aleksei"). Pure.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A word's key: lower case, Latin letters, with transliteration variants folded together. */
export function wordKey(word: string): string {
  const latin = [...word.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]/g, '');
  return (
    latin
      // Ukrainian and Russian "ий"/"ій", "ый", the doubled "yy", a final "y" or "i": one ending.
      .replace(/(?:iy|yy|iy|ij|yi|ii|y)$/, 'i')
      // "Dmitriyev" / "Dmitriev", "Grigoriyev" / "Grigoriev".
      .replace(/iye/g, 'ie')
      .replace(/ks/g, 'x')
      .replace(/kh/g, 'h')
      // "Sergey" / "Sergei", "Alexey" / "Alexei" (the ending above), "Yevgeny" / "Evgeny".
      .replace(/^ye/, 'e')
      .replace(/ey$/, 'ei')
  );
}

/** A whole name's key: its words' keys, space-separated. */
export const nameKey = (name: string) =>
  name
    .split(/[\s-]+/)
    .map(wordKey)
    .filter(Boolean)
    .join(' ');
