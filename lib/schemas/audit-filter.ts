import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';
import { isoDateSchema } from './common';

export const AUDIT_ENTITY_TYPES = ['event', 'actor', 'sector', 'source', 'proposal', 'figure', 'user'] as const;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blank(one(v)), schema.optional());

/**
 * The audit log's filters as its GET form sends them (record kind, the record
 * by name or id, or its id alone as older links carry it,
 * user, action, date range). Wrong values are reported beside their field
 * (the page shows them) instead of being dropped silently or reaching the
 * database; the `before` cursor is checked by parseAuditCursor.
 */
export const auditFilterSchema = z
  .object({
    entityType: optional(z.enum(AUDIT_ENTITY_TYPES, { error: 'Choose a record kind from the list' })),
    entityId: optional(
      z
        .string()
        .max(120, 'A record id has at most 120 characters')
        .regex(/^[^\u0000-\u001f\u007f]*$/, 'A record id cannot contain control characters'),
    ),
    // A record's title, name, slug or id; the page resolves it (lib/data/admin-audit-records.ts).
    record: optional(
      z
        .string()
        .max(300, 'Use at most 300 characters')
        .regex(/^[^\u0000-\u001f\u007f]*$/, 'A record name cannot contain control characters'),
    ),
    user: optional(z.string().max(254, 'Use at most 254 characters')),
    action: optional(z.string().max(60, 'Use at most 60 characters')),
    from: optional(isoDateSchema),
    to: optional(isoDateSchema),
    before: optional(z.string().max(64)),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date must not be before the start date' });
  });

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
