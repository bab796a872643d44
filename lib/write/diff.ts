/** Field-by-field differences between two snapshots of a record. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((v) => (typeof v === 'object' ? Object.values(v as object).filter((x) => x !== null && x !== undefined && x !== '').join(' · ') : String(v))).join('\n');
  }
  return JSON.stringify(value);
}

export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = show(before?.[field]);
    const b = show(after[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
