/**
 * The PostgreSQL extensions the migrations create (full-text search: see the
 * search migration), loaded into PGlite. A server has them in contrib, PGlite
 * must be given them when it starts or CREATE EXTENSION fails.
 */
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const pgliteExtensions = { unaccent, pg_trgm, fuzzystrmatch };
