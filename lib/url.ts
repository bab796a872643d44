/**
 * Builds a same-site URL with only the non-empty query values. An array
 * becomes a repeated key (`sector=a&sector=b`), as the repeatable facets expect.
 */
export function hrefWith(path: string, params: Record<string, string | number | readonly string[] | undefined | null>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') search.append(key, String(one));
    }
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
