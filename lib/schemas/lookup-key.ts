/**
 * Whether a slug or id from a URL can name a record at all. PostgreSQL refuses
 * NUL in text (the query would fail with a 500), and no record has a control
 * character or a key this long, so such a key is simply not found.
 */
export function isLookupKey(value: string): boolean {
  return value.length > 0 && value.length <= 200 && !/[\u0000-\u001f\u007f]/.test(value);
}
