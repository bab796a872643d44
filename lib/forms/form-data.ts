/**
 * FormData → nested object, for forms that work without JavaScript:
 * `actors[0].role` becomes { actors: [{ role }] }. Rows whose fields are all
 * blank are dropped, so a form can offer spare empty rows.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function formDataToObject(form: FormData | Iterable<[string, FormDataEntryValue]>): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [name, raw] of form) {
    if (typeof raw !== 'string') continue;
    if (name.startsWith('$ACTION')) continue; // React's own action fields
    const path = name.replace(/\]/g, '').split(/[.[]/).filter(Boolean);
    let node: Record<string, FormValue> | FormValue[] = root;
    path.forEach((key, i) => {
      const last = i === path.length - 1;
      const container = node as Record<string, FormValue>;
      if (last) {
        // A repeated plain name (checkboxes) collects its values in an array.
        const existing = container[key];
        if (existing === undefined) container[key] = raw;
        else if (Array.isArray(existing)) existing.push(raw);
        else if (typeof existing === 'string') container[key] = [existing, raw];
      } else {
        const nextIsIndex = /^\d+$/.test(path[i + 1]);
        container[key] ??= nextIsIndex ? [] : {};
        node = container[key] as Record<string, FormValue>;
      }
    });
  }
  return compact(root) as Record<string, FormValue>;
}

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

/** zod issues as { "actors.0.role": ["…"] } for showing beside each field. */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
