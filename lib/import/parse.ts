/**
 * Reading an import file: JSON (`{ "data": [Event] }` or `[Event]`, the API's
 * Event shape) or CSV (the columns of /api/v1/events.csv). Pure — no
 * database: every row is validated on its own and against the other rows,
 * and every problem is reported with its row number, never thrown.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { EVENT_CSV_COLUMNS as CSV_COLUMNS, unescapeCsvCell } from '../csv';
import { eventRoleSchema, proposalStatusSchema } from '../schemas/common';
import { importEventSchema, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportFormat, type ImportRow } from '../schemas/import';
import { slugify } from '../slug';
import { echo } from '../schemas/error-map';

export type ParseResult = { ok: true; format: ImportFormat; rows: ImportRow[]; notes: string[] } | { ok: false; error: string };

const REQUIRED_CSV_COLUMNS = ['title', 'type', 'date_start', 'date_precision', 'summary'];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** Bytes of an uploaded file → text, refusing what is too large or not UTF-8 text. */
export function decodeImportBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, error: `The file is ${mb(bytes.byteLength)}; the limit is ${mb(MAX_IMPORT_BYTES)}. Split it into smaller files.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not UTF-8 text. Export it as CSV (UTF-8) or JSON and try again.' };
  }
  if (text.includes('\u0000'))
    return { ok: false, error: 'The file looks binary (a spreadsheet or an archive?). Export it as CSV (UTF-8) or JSON and try again.' };
  return { ok: true, text };
}

/** JSON if the name says so or the text starts with [ or {; CSV otherwise. */
export function detectFormat(text: string, fileName?: string | null): ImportFormat {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

export function parseImport(text: string, options: { format?: ImportFormat; fileName?: string | null } = {}): ParseResult {
  // PostgreSQL cannot store NUL in text; no field has a use for it.
  text = text.replace(/\u0000/g, '');
  if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES)
    return { ok: false, error: `The text is larger than ${mb(MAX_IMPORT_BYTES)}. Split it into smaller files.` };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  const format = options.format ?? detectFormat(body, options.fileName);
  const read = format === 'json' ? readJson(body) : readCsv(body);
  if (!read.ok) return read;
  if (read.items.length === 0) return { ok: false, error: 'The file contains no events.' };
  if (read.items.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      error: `The file has ${read.items.length} events; one import takes at most ${MAX_IMPORT_ROWS}. Split it into smaller files.`,
    };
  const rows = read.items.map((item, i) => validateRow(item, i + 1, format));
  markDuplicateSlugs(rows);
  return { ok: true, format, rows, notes: read.notes };
}

interface RawItem {
  value: unknown;
  line: number | null;
  errors: string[];
  warnings: string[];
}

function readJson(body: string): { ok: true; items: RawItem[]; notes: string[] } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(body, (_key, value) => (typeof value === 'string' ? value.replace(/\u0000/g, '') : value));
  } catch (error) {
    return { ok: false, error: `The JSON could not be read: ${(error as Error).message}.` };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { data?: unknown }).data)
      ? (data as { data: unknown[] }).data
      : null;
  if (!list) return { ok: false, error: 'The JSON must be a list of events, or an object with the list under "data" (the API\'s shape).' };
  return { ok: true, items: list.map((value) => ({ value, line: null, errors: [], warnings: [] })), notes: [] };
}

function readCsv(body: string): { ok: true; items: RawItem[]; notes: string[] } | { ok: false; error: string } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, error: `The CSV could not be read: ${(error as Error).message}.` };
  }
  let previousEnd = 0;
  const withLines = records.map((r) => {
    const start = previousEnd + 1;
    previousEnd = r.info.lines;
    return { fields: r.record, line: start };
  });
  const nonEmpty = withLines.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === ''));
  const [header, ...data] = nonEmpty;
  if (!header) return { ok: false, error: 'The file is empty.' };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    return {
      ok: false,
      error: `The CSV's first line must name its columns, as the export does (${CSV_COLUMNS.join(', ')}). Missing: ${missing.join(', ')}.`,
    };
  }
  const duplicated = names.filter((n, i) => n && names.indexOf(n) !== i);
  if (duplicated.length) return { ok: false, error: `The CSV names these columns more than once: ${[...new Set(duplicated)].join(', ')}.` };
  const notes: string[] = [];
  const unknown = names.filter((n) => n && !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length) notes.push(`These columns are not part of the export and are ignored: ${unknown.join(', ')}.`);
  if (names.includes('sources')) {
    notes.push(
      'The CSV export lists sources by title only, without the quotes a citation needs, so its sources column is not imported. Rows arrive as drafts without citations; add them in the event form (or import the JSON export, which carries the quotes).',
    );
  }
  const items = data.map(({ fields, line }): RawItem => {
    const errors: string[] = [];
    if (fields.length !== names.length)
      errors.push(`Has ${fields.length} fields where the header has ${names.length} (a missing or extra comma, or an unclosed quote?)`);
    const cell = (name: string) => {
      const i = names.indexOf(name);
      // Our export escapes formula-like cells with an apostrophe; read them back as they were.
      return i === -1 ? '' : unescapeCsvCell(fields[i] ?? '');
    };
    return { value: csvRowToEvent(cell, errors), line, errors, warnings: [] };
  });
  return { ok: true, items, notes };
}

const splitList = (value: string) =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const ROLE = eventRoleSchema.options.join('|');
const ACTOR_CELL = new RegExp(`^(.+?)\\s*\\((${ROLE})(?:,\\s*(.*))?\\)$`, 's');
const PROPOSAL_STATUS = new RegExp(`\\s*\\((${proposalStatusSchema.options.join('|')})\\)$`);

/** One CSV row → the API's Event shape, so that both formats validate alike. */
function csvRowToEvent(cell: (name: string) => string, errors: string[]) {
  const approximate = cell('date_approximate').trim().toLowerCase();
  const approximateValue =
    approximate === '' || approximate === 'false' || approximate === 'no' || approximate === '0'
      ? false
      : approximate === 'true' || approximate === 'yes' || approximate === '1'
        ? true
        : cell('date_approximate');
  // A blank required cell reads as missing ("This field is required"), as in JSON.
  const required = (name: string) => (cell(name).trim() === '' ? undefined : cell(name));
  return {
    slug: cell('slug').trim(),
    title: required('title'),
    summary: required('summary'),
    type: required('type')?.trim(),
    date: {
      start: required('date_start')?.trim(),
      precision: required('date_precision')?.trim(),
      end: cell('date_end').trim() || null,
      approximate: approximateValue,
    },
    location: cell('location'),
    // "Name (role, title at the time)", as the export writes them.
    actors: splitList(cell('actors'))
      .map((entry) => {
        const m = entry.length <= 600 ? ACTOR_CELL.exec(entry) : null;
        if (m) return { name: m[1].trim(), role: m[2], title: m[3]?.trim() || null };
        errors.push(
          `actors: "${echo(entry)}" must be written as "Name (role)" or "Name (role, title)", with role one of ${eventRoleSchema.options.join(', ')}`,
        );
        return { name: entry, role: null, title: null, invalid: true };
      })
      .filter((a) => !('invalid' in a)),
    sectors: splitList(cell('sectors')).map((name) => ({ name })),
    // "Title (status)": the status is the proposal's own and is not imported.
    proposals: splitList(cell('proposals')).map((entry) => ({ title: entry.replace(PROPOSAL_STATUS, '') })),
    citations: [],
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function validateRow(raw: RawItem, row: number, format: ImportFormat): ImportRow {
  const errors = [...raw.errors];
  const warnings = [...raw.warnings];
  const object = raw.value && typeof raw.value === 'object' && !Array.isArray(raw.value) ? (raw.value as Record<string, unknown>) : null;
  const date = object && object.date && typeof object.date === 'object' ? (object.date as Record<string, unknown>) : {};
  const display = {
    slug: text(object?.slug),
    title: text(object?.title),
    date: [text(date.start), text(date.precision) ? `(${text(date.precision)})` : ''].filter(Boolean).join(' '),
    type: text(object?.type),
  };
  if (!object) {
    errors.push('Expected an event object');
    return { row, line: raw.line, display, event: null, errors, warnings };
  }
  const input = { ...object };
  if (!text(input.slug).trim() && text(input.title).trim()) {
    input.slug = slugify(text(input.title));
    display.slug = input.slug as string;
    warnings.push(`No slug given; it will be "${echo(input.slug)}" (from the title)`);
  }
  const parsed = importEventSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`${fieldName(issue.path, format)}: ${issue.message}`);
  }
  return { row, line: raw.line, display, event: parsed.success && errors.length === 0 ? parsed.data : null, errors, warnings };
}

const CSV_FIELD: Record<string, string> = {
  start: 'date_start',
  precision: 'date_precision',
  end: 'date_end',
  approximate: 'date_approximate',
};

/** An issue's path as the editor knows the field: JSON paths, or the CSV's column names. */
export function fieldName(path: PropertyKey[], format: ImportFormat): string {
  if (path.length === 0) return 'event';
  if (format === 'csv') {
    const [head, second] = path;
    if (head === 'date' && typeof second === 'string') return CSV_FIELD[second] ?? 'date';
    if (typeof second === 'number') return `${String(head)} (entry ${second + 1})`;
    return String(head);
  }
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function markDuplicateSlugs(rows: ImportRow[]) {
  const bySlug = new Map<string, number[]>();
  for (const r of rows) {
    const slug = r.event?.slug ?? r.display.slug;
    if (!slug) continue;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), r.row]);
  }
  for (const r of rows) {
    const slug = r.event?.slug ?? r.display.slug;
    const others = (bySlug.get(slug) ?? []).filter((n) => n !== r.row);
    if (others.length) {
      r.errors.push(`slug: "${echo(slug)}" is also used by row${others.length > 1 ? 's' : ''} ${others.join(', ')} of this file`);
      r.event = null;
    }
  }
}
