/**
 * One text field of whatever an action was called with, '' when it is not a
 * FormData holding text under that name. A crafted request can call an action
 * with any decoded value (a string, an array, null…), so an action reads a
 * field this way when it needs one before runForm/runButton have checked the
 * argument (to pick where a refused request goes back to, or which step runs).
 */
export function fieldOf(formData: unknown, name: string): string {
  if (!(formData instanceof FormData)) return '';
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}
