import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { escapeLike } from './event-query';

/**
 * A name as every name lookup compares it (the pickers, the server's
 * resolution of typed names, the audit log's record filter): lower case,
 * accents removed and Cyrillic lower-cased character for character (the
 * search migration's bc_unaccent and bc_fold; plain lower() leaves
 * Cyrillic alone under the C locale), so "kirill dmitriev", "Kírill
 * Dmitriev" and "КИРИЛЛ ДМИТРИЕВ" compare equal to their stored forms.
 */
export const foldName = (sql: Prisma.Sql) => Prisma.sql`public.bc_fold(lower(public.bc_unaccent(${sql})))`;

/** Typed text as names are looked up: NFC, runs of white space as one space, no space at either end. */
export const tidyName = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A LIKE pattern matching text that contains `q`; LIKE's own characters in `q` match themselves. */
export const containsPattern = (q: string) => `%${escapeLike(q)}%`;
