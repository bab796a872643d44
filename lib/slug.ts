/** A URL slug from free text: "Dmitriev meets Witkoff!" → "dmitriev-meets-witkoff". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}

/**
 * A free slug: the wished one, else with -2, -3… appended; marks it taken.
 * `max` bounds the base (source ids made from titles stay short).
 */
export function allocate(wish: string, taken: Set<string>, fallback: string, max = 80): string {
  const base = (slugify(wish).slice(0, max) || fallback).replace(/-+$/, '') || fallback;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
