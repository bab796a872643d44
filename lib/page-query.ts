/**
 * The query of a page as the reader sent it, every value of a repeated key
 * kept (`sector=a&sector=b`), so links that change one thing keep the rest:
 * filters, the axis's view and the list's order.
 */
export function queryOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  return query;
}

/** A copy of a query with some keys set (a string) or removed (undefined). */
export function queryChanging(base: URLSearchParams, changes: Record<string, string | undefined>): URLSearchParams {
  const query = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') query.delete(key);
    else query.set(key, value);
  }
  return query;
}

/** A same-site URL from a base query with some keys set or removed. */
export function hrefChanging(path: string, base: URLSearchParams, changes: Record<string, string | undefined>) {
  const text = queryChanging(base, changes).toString();
  return text ? `${path}?${text}` : path;
}
