/**
 * Reading a FollowTheMoney entities file in JSON Lines, the format
 * OpenSanctions publishes: one entity a line, `{ id, schema, properties }`,
 * every property a list of strings. Each `Sanction` entity becomes a row
 * (a designation of the entity its `entity` property names); the other
 * entities are only looked up by those rows. Pure, no database: every
 * problem is reported on its row (or its line), never thrown.
 */
import { isoDateSchema } from '../schemas/common';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportRow } from '../schemas/import';
import type { Precision } from '../dates';
import { echo } from '../schemas/error-map';

/** What a Sanction entity says, once read. */
export interface FtmDesignation {
  sanctionId: string;
  entityId: string;
  /** The sanctioned entity's names: `name` first, then aliases. */
  names: string[];
  aliases: string[];
  authority: 'ofac' | 'us' | 'eu' | 'uk' | 'un' | 'other';
  authorityName: string | null;
  programme: string | null;
  listed: { date: string; precision: Precision } | null;
  delisted: { date: string; precision: Precision } | null;
  sourceUrl: string | null;
  reason: string | null;
}
export interface FtmRow extends ImportRow {
  designation: FtmDesignation | null;
}
export type FtmParseResult = { ok: true; format: 'ftm'; rows: FtmRow[]; notes: string[] } | { ok: false; error: string };

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  line: number;
}

/** The FtM schemata a designation can be about (Thing's legal-entity descendants). */
const TARGETS = new Set(['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody']);

/** Authority names as the lists write them → the authorities this product knows. */
export function mapAuthority(raw: string | null, country: string | null): { authority: FtmDesignation['authority']; name: string | null } {
  const a = (raw ?? '').toLowerCase();
  if (/foreign assets control|\bofac\b/.test(a)) return { authority: 'ofac', name: null };
  if (/european (union|council|commission)|\beu\b|council of the eu/.test(a)) return { authority: 'eu', name: null };
  if (/his majesty|hm treasury|\bofsi\b|\bfcdo\b|united kingdom|\buk\b|foreign, commonwealth/.test(a))
    return { authority: 'uk', name: null };
  if (/united nations|security council|\bunsc?\b/.test(a)) return { authority: 'un', name: null };
  if (/united states|state department|department of (the )?(state|treasury|commerce)|\bus\b/.test(a)) return { authority: 'us', name: raw };
  if (!raw && country === 'us') return { authority: 'us', name: null };
  return { authority: 'other', name: raw ?? (country ? country.toUpperCase() : null) };
}

/** An FtM date ("2022", "2022-03", "2022-03-15", "2022-03-15T10:00:00") → its first day and precision, or an error. */
export function ftmDate(value: string): { date: string; precision: Precision } | string {
  const v = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$/.exec(v);
  const bad = `"${echo(v)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  if (!m) return bad;
  const [, y, mo, d] = m;
  const date = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  if (!isoDateSchema.safeParse(date).success) return bad;
  return { date, precision: d ? 'day' : mo ? 'month' : 'year' };
}

function readEntity(value: unknown, line: number): Entity | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'Expected an entity object { "id", "schema", "properties" }';
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id.trim() === '') return 'The entity has no "id"';
  if (typeof o.schema !== 'string' || o.schema.trim() === '') return 'The entity has no "schema"';
  const props = o.properties ?? {};
  if (!props || typeof props !== 'object' || Array.isArray(props)) return '"properties" must be an object of lists';
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    const list = Array.isArray(v) ? v : [v];
    properties[k] = list
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.replace(/\u0000/g, '').trim())
      .filter(Boolean);
  }
  return { id: o.id.trim(), schema: o.schema.trim(), properties, line };
}

const first = (e: Entity, key: string) => e.properties[key]?.[0] ?? null;

export function parseFtm(text: string): FtmParseResult {
  text = text.replace(/\u0000/g, '');
  if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES)
    return { ok: false, error: `The text is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entities = new Map<string, Entity>();
  const bad: { line: number; error: string; raw: string }[] = [];
  const sanctions: Entity[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      bad.push({ line: i + 1, error: `Line ${i + 1} is not valid JSON: ${(error as Error).message}`, raw });
      return;
    }
    const entity = readEntity(value, i + 1);
    if (typeof entity === 'string') return void bad.push({ line: i + 1, error: entity, raw });
    entities.set(entity.id, entity);
    if (entity.schema === 'Sanction') sanctions.push(entity);
  });
  if (entities.size === 0 && bad.length === 0) return { ok: false, error: 'The file is empty.' };
  if (sanctions.length === 0 && bad.length === 0)
    return {
      ok: false,
      error: 'The file has no Sanction entities: a FollowTheMoney designation is a "Sanction" entity naming its "entity".',
    };
  if (sanctions.length + bad.length > MAX_IMPORT_ROWS)
    return { ok: false, error: `The file has ${sanctions.length} sanctions; one import takes at most ${MAX_IMPORT_ROWS}. Split it.` };

  const targeted = new Set(sanctions.map((s) => first(s, 'entity')));
  const unlisted = [...entities.values()].filter(
    (e) => TARGETS.has(e.schema) && e.properties.topics?.includes('sanction') && !targeted.has(e.id),
  );
  const notes = unlisted.length
    ? [
        `${unlisted.length} entit${unlisted.length === 1 ? 'y is' : 'ies are'} tagged "sanction" without a Sanction entity (${unlisted
          .slice(0, 5)
          .map((e) => first(e, 'name') ?? e.id)
          .join(
            ', ',
          )}${unlisted.length > 5 ? ', …' : ''}); without the authority and dates such a record carries, nothing is imported for them.`,
      ]
    : [];

  const rows: FtmRow[] = [
    ...sanctions.map((s) => ({ line: s.line, row: sanctionRow(s, entities) })),
    ...bad.map((b) => ({
      line: b.line,
      row: {
        row: 0,
        line: b.line,
        display: { slug: '', title: b.raw.slice(0, 80), date: '', type: 'designation' },
        event: null,
        errors: [b.error],
        warnings: [],
        designation: null,
      } satisfies FtmRow,
    })),
  ]
    .sort((a, b) => a.line - b.line)
    .map(({ row }, i) => ({ ...row, row: i + 1 }));
  return { ok: true, format: 'ftm', rows, notes };
}

function sanctionRow(s: Entity, entities: Map<string, Entity>): FtmRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const entityId = first(s, 'entity');
  const target = entityId ? entities.get(entityId) : undefined;
  const names = target ? [...(target.properties.name ?? [])] : [];
  const aliases = target
    ? [...(target.properties.alias ?? []), ...(target.properties.weakAlias ?? []), ...(target.properties.previousName ?? [])]
    : [];
  const authorityRaw = first(s, 'authority');
  const { authority, name: authorityName } = mapAuthority(authorityRaw, first(s, 'country'));
  const dates = (key: string) => {
    const values = s.properties[key] ?? [];
    const read = values.map(ftmDate);
    read.forEach((r) => typeof r === 'string' && errors.push(`${key}: ${r}`));
    const ok = read
      .filter((r): r is { date: string; precision: Precision } => typeof r !== 'string')
      .sort((a, b) => a.date.localeCompare(b.date));
    if (ok.length > 1) warnings.push(`${key}: ${ok.length} values; the earliest is used`);
    return ok[0] ?? null;
  };
  const listed = dates('startDate') ?? dates('listingDate');
  const delisted = dates('endDate');
  if (!entityId) errors.push('entity: the Sanction names no entity');
  else if (!target) errors.push(`entity: "${echo(entityId)}" is not in the file; include the sanctioned entity's own line`);
  else if (!TARGETS.has(target.schema)) errors.push(`entity: "${echo(entityId)}" is a ${target.schema}, not a person or organisation`);
  else if (names.length === 0) errors.push(`entity: "${echo(entityId)}" has no name`);
  if (authority === 'other' && !authorityName) errors.push('authority: the Sanction names no authority or country');
  if (listed && delisted && delisted.date < listed.date) errors.push('endDate: before startDate');
  if (!listed) warnings.push('No start date: the designation is recorded with its listing date unknown');
  const reason = first(s, 'reason');
  const programme = first(s, 'program') ?? first(s, 'programId');
  const label = names[0] ?? entityId ?? s.id;
  return {
    row: 0,
    line: s.line,
    display: {
      slug: s.id,
      title: `${label}: ${authorityRaw ?? authorityName ?? 'authority not named'}${programme ? ` (${programme})` : ''}`,
      date: listed ? `${listed.date} (${listed.precision})` : '',
      type: 'designation',
    },
    event: null,
    errors,
    warnings,
    designation:
      errors.length === 0
        ? {
            sanctionId: s.id,
            entityId: entityId!,
            names,
            aliases,
            authority,
            authorityName,
            programme: programme ? programme.slice(0, 200) : null,
            listed,
            delisted,
            sourceUrl: first(s, 'sourceUrl') ?? (target ? first(target, 'sourceUrl') : null),
            reason: reason && reason.length <= 600 ? reason : null,
          }
        : null,
  };
}
