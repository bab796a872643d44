/**
 * Bulk import: one row of an imported file, in the shape of the API's Event
 * (what GET /api/v1/events and events.csv export), and the typed states the
 * import form moves through. Pure: shared by the parser, the server actions
 * and the form.
 */
import { z } from 'zod';
import { periodStartFix } from '../dates';
import { eventRoleSchema, eventTypeSchema, precisionSchema, slugSchema, sourceKindSchema } from './common';

/** Largest file (or pasted text) the importer reads. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Most events one import may carry (all are written in one transaction). */
export const MAX_IMPORT_ROWS = 1000;

const blankToNull = (v: unknown) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v);
const text = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined || i.input === null ? 'This field is required' : 'Enter this as text') })
    .trim()
    .min(1, 'Must not be empty')
    .max(max, `Use at most ${max} characters`);
const nullableText = (max: number) =>
  z.preprocess(blankToNull, z.string({ error: 'Enter this as text' }).trim().max(max, `Use at most ${max} characters`).nullable());
const nullableSlug = z.preprocess(blankToNull, slugSchema.nullable());
const options = (values: readonly string[]) => values.join(', ');

/** YYYY-MM-DD that exists; a malformed value gets one message, not two. */
const dateSchema = z
  .string({ error: (i) => (i.input === undefined || i.input === null ? 'This field is required' : 'Use the form YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use the form YYYY-MM-DD', abort: true })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'This date does not exist');

const typeSchema = z.enum(eventTypeSchema.options, {
  error: (i) =>
    i.input === undefined
      ? 'This field is required'
      : `Unknown event type "${String(i.input)}"; use one of ${options(eventTypeSchema.options)}`,
});
const roleSchema = z.enum(eventRoleSchema.options, {
  error: (i) =>
    i.input === undefined || i.input === null
      ? `Give the role (${options(eventRoleSchema.options)})`
      : `Unknown role "${String(i.input)}"; use one of ${options(eventRoleSchema.options)}`,
});
const importPrecisionSchema = z.enum(precisionSchema.options, {
  error: (i) => (i.input === undefined ? 'This field is required' : `Unknown precision "${String(i.input)}"; use day, month or year`),
});

const importSourceSchema = z.object({
  id: nullableSlug,
  title: text(300),
  outlet: nullableText(200),
  author: nullableText(200),
  publishedAt: z.preprocess(blankToNull, dateSchema.nullable()),
  /** Not in the API's export (it carries publishedAt only); accepted when present. */
  publishedPrecision: z.preprocess(blankToNull, importPrecisionSchema.nullable()),
  url: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: 'Enter a full http(s) address' })
      .max(1000)
      .nullable(),
  ),
  kind: z.preprocess(
    (v) => blankToNull(v) ?? 'news',
    z.enum(sourceKindSchema.options, {
      error: (i) => `Unknown source kind "${String(i.input)}"; use one of ${options(sourceKindSchema.options)}`,
    }),
  ),
});

const importCitationSchema = z.object({
  quote: text(600),
  /** The speaker's name, as the API gives it. */
  speaker: nullableText(200),
  source: importSourceSchema,
});

const importActorSchema = z
  .object({ slug: nullableSlug, name: nullableText(200), role: roleSchema, title: nullableText(200) })
  .refine((a) => a.slug || a.name, { message: 'Give the actor a name or a slug', path: ['name'] });

const importSectorSchema = z
  .object({ slug: nullableSlug, name: nullableText(120) })
  .refine((s) => s.slug || s.name, { message: 'Give the sector a name or a slug', path: ['name'] });

const importProposalSchema = z
  .object({ slug: nullableSlug, title: nullableText(200) })
  .refine((p) => p.slug || p.title, { message: 'Give the proposal a slug or its title', path: ['title'] });

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item, { error: 'Give a list (a JSON array) here' }));

/** One event of an import file. Unknown keys (url, date.label…) are ignored. */
export const importEventSchema = z
  .object({
    slug: slugSchema,
    title: text(200),
    summary: text(4000),
    type: typeSchema,
    date: z.object(
      {
        start: dateSchema,
        precision: importPrecisionSchema,
        end: z.preprocess(blankToNull, dateSchema.nullable()),
        approximate: z.preprocess((v) => (v === undefined || v === null ? false : v), z.boolean({ error: 'Use true or false' })),
      },
      { error: 'Give the date as { start, precision, end?, approximate }' },
    ),
    location: nullableText(200),
    actors: list(importActorSchema),
    sectors: list(importSectorSchema),
    proposals: list(importProposalSchema),
    citations: list(importCitationSchema),
  })
  .superRefine((e, ctx) => {
    const { start, precision, end } = e.date;
    const fix = periodStartFix(start, precision);
    if (fix) {
      const message =
        precision === 'month'
          ? `A date known only to the month starts on the 1st (${fix})`
          : `A date known only to the year starts on 1 January (${fix})`;
      ctx.addIssue({ code: 'custom', path: ['date', 'start'], message });
    }
    if (end && end < start)
      ctx.addIssue({ code: 'custom', path: ['date', 'end'], message: 'The end date must not be before the start date' });
    const seen = new Map<string, number>();
    e.actors.forEach((a, i) => {
      const key = a.slug ?? a.name!.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['actors', i], message: `Lists the same actor as entry ${seen.get(key)! + 1}` });
      else seen.set(key, i);
    });
  });

type ImportEvent = z.infer<typeof importEventSchema>;
export type ImportSource = z.infer<typeof importSourceSchema>;
/** 'ftm': designations from a FollowTheMoney entities file in JSON Lines (lib/import/ftm.ts). */
export type ImportFormat = 'json' | 'csv' | 'ftm';

/** One row of the file as the preview shows it. */
export interface ImportRow {
  /** 1-based position among the file's events. */
  row: number;
  /** CSV only: the line of the file the row starts on. */
  line: number | null;
  /** As written in the file (for showing rows that do not validate). */
  display: { slug: string; title: string; date: string; type: string };
  event: ImportEvent | null;
  errors: string[];
  warnings: string[];
}

export type MatchedBy = 'slug' | 'name' | 'alias' | 'id' | 'title and outlet' | 'title';

export interface PlanLink {
  /** What the file says (a name, a title). */
  label: string;
  /** The record's slug (or a source's id): the existing one, or the one it will be created with. */
  key: string;
  status: 'matched' | 'new';
  by?: MatchedBy;
  /** The existing record's name or title, when matched. */
  existing?: string;
}

export interface PlannedRow extends ImportRow {
  actors: PlanLink[];
  sectors: PlanLink[];
  sources: PlanLink[];
  proposals: PlanLink[];
}

export interface PlanSummaryItem {
  key: string;
  label: string;
  existing?: string;
  by?: MatchedBy;
  /** Rows that refer to it. */
  rows: number[];
  /** For new actors: the kind they will be created with. */
  kind?: 'person' | 'organisation';
}

export interface ImportPreview {
  format: ImportFormat;
  fileName: string | null;
  notes: string[];
  rows: PlannedRow[];
  errorCount: number;
  matched: { actors: PlanSummaryItem[]; sectors: PlanSummaryItem[]; sources: PlanSummaryItem[]; proposals: PlanSummaryItem[] };
  created: { actors: PlanSummaryItem[]; sectors: PlanSummaryItem[]; sources: PlanSummaryItem[] };
}

export interface ImportReport {
  events: { id: string; slug: string; title: string }[];
  /** A FollowTheMoney import's designations (it creates no events). */
  designations?: { id: string; label: string }[];
  created: {
    actors: { id: string; slug: string; name: string }[];
    sectors: { id: string; slug: string; name: string }[];
    sources: { id: string; title: string }[];
  };
  matched: ImportPreview['matched'];
}

/** What the import form's actions answer; never thrown, always shown. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; formError: string; fieldErrors: Record<string, string[]>; values: { text?: string } }
  | { status: 'preview'; preview: ImportPreview; content: string; formError?: string }
  | { status: 'done'; report: ImportReport };

export const importIdle: ImportState = { status: 'idle' };
