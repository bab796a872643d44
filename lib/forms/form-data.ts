/**
 * FormData → nested object, for forms that work without JavaScript:
 * `actors[0].role` becomes { actors: [{ role }] }. Rows whose fields are all
 * blank are dropped, so a form can offer spare empty rows.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

// Path segments that would reach Object.prototype.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Hostile names are ignored rather than trusted: a segment that could reach
 * an object's prototype, or one that nests under a field that already holds
 * text, drops the field. NUL characters, which PostgreSQL cannot store in
 * text, are removed from values.
 */
export function formDataToObject(form: FormData | Iterable<[string, FormDataEntryValue]>): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  const entries = [...form];
  // A picker's choice among the candidates of an ambiguous name ("pick:actors[0].actor")
  // stands in for what was typed in the field itself.
  const picks = new Map<string, string>();
  for (const [name, raw] of entries)
    if (name.startsWith(PICK) && typeof raw === 'string' && raw.trim()) picks.set(name.slice(PICK.length), raw);
  for (const [name, entry] of entries) {
    if (name.startsWith(PICK)) continue;
    const raw = typeof entry === 'string' && picks.has(name) ? picks.get(name)! : entry;
    if (typeof raw !== 'string') continue;
    if (name.startsWith('$ACTION')) continue; // React's own action fields
    const path = pathOf(name);
    if (path.length === 0 || path.length > 6 || path.some((key) => FORBIDDEN.has(key))) continue;
    const value = raw.replace(/\u0000/g, '');
    let node: Record<string, FormValue> | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      const container = node as Record<string, FormValue>;
      const existing = Object.hasOwn(container, key) ? container[key] : undefined;
      if (i === path.length - 1) {
        // A repeated plain name (checkboxes) collects its values in an array.
        if (existing === undefined) container[key] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else if (typeof existing === 'string') container[key] = [existing, value];
        break;
      }
      if (existing !== undefined && (typeof existing === 'string' || (Array.isArray(existing) && !/^\d+$/.test(path[i + 1])))) break;
      if (existing === undefined) container[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
      node = container[key] as Record<string, FormValue>;
    }
  }
  return compact(root) as Record<string, FormValue>;
}

/** The prefix of a picker's choice field: `pick:<field name>` replaces `<field name>` when chosen. */
export const PICK = 'pick:';

/** `actors[0].role` → ['actors', '0', 'role']. */
const pathOf = (name: string) => name.replace(/\]/g, '').split(/[.[]/).filter(Boolean);

/**
 * An error for each field whose value holds a NUL (keys as fieldErrors gives them).
 * No browser sends one from typing; it cannot be stored in PostgreSQL text, and
 * silently dropping it would save something other than what was sent, so a
 * form that carries one is refused and says where.
 */
export function nulFieldErrors(form: FormData): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const [name, raw] of form) {
    if (typeof raw === 'string' && raw.includes('\u0000') && !name.startsWith('$ACTION'))
      out[pathOf(name).join('.') || '_form'] = ['Remove the invisible NUL character from this field; it cannot be saved.'];
  }
  return Object.keys(out).length > 0 ? out : null;
}

export const NUL_FORM_ERROR = 'Some fields contain an invisible NUL character; nothing was saved.';

function isBlank(value: FormValue): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  return Object.values(value).every(isBlank);
}

function compact(value: FormValue): FormValue {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && !isBlank(v)).map(compact);
  if (typeof value === 'object') {
    // Sparse index objects (from "actors[3]" with no 0–2) become dense arrays.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}

/**
 * zod issues as { "actors.0.role": ["…"] } for showing beside each field:
 * the first issue of each field only, so a field shows one message that
 * says what to do (an empty slug is not also told the hyphen rule).
 */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form';
    out[key] ??= [issue.message];
  }
  return out;
}
