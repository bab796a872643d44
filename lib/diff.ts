/** Field-by-field differences between two snapshots of a record. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * The keys of the objects inside list fields, in the order the snapshot
 * reader writes them. A revision comes back from jsonb with its keys
 * re-ordered, so rows are shown (and compared) in this one order, or an
 * unchanged list of actors would read as changed.
 */
function keyOrder(...values: unknown[]): string[] {
  const keys: string[] = [];
  for (const value of values) {
    if (!Array.isArray(value)) continue;
    for (const v of value) if (v && typeof v === 'object') for (const k of Object.keys(v)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

function show(value: unknown, order: string[]): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const row = (v: Record<string, unknown>) =>
      [...order.filter((k) => k in v), ...Object.keys(v).filter((k) => !order.includes(k))]
        .map((k) => v[k])
        .filter((x) => x !== null && x !== undefined && x !== '')
        .join(' · ');
    return value.length === 0
      ? '—'
      : value.map((v) => (v && typeof v === 'object' ? row(v as Record<string, unknown>) : String(v))).join('\n');
  }
  return JSON.stringify(value);
}

export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const order = keyOrder(after[field], before?.[field]);
    const a = show(before?.[field], order);
    const b = show(after[field], order);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
