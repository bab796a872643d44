-- Search and filter speed at 100k events (issue 9), and hyphen variants in
-- highlights. Hand-written, with the rules of the _search migration: the
-- adapters split this file at every literal semicolon, so no body and no
-- comment contains one.

-- Typos and transliterations, as before, but cheaper: each term and word is
-- transliterated once (not once per pair), and the actors' terms are only
-- gathered when some query word found no event (the usual query has none).
CREATE OR REPLACE FUNCTION public.bc_fuzzy_rewrites(q text) RETURNS TABLE (t tsquery, s tsquery) LANGUAGE sql STABLE
  SET client_min_messages = warning
  AS $$
  WITH words AS MATERIALIZED (
    SELECT w, public.bc_translit(w) AS wt
    FROM (SELECT DISTINCT w FROM regexp_split_to_table(public.bc_fold(lower(public.bc_query_text(q))), '[[:space:][:punct:]]+') AS w) x
    WHERE char_length(w) BETWEEN 4 AND 40 AND NOT EXISTS (
      SELECT 1 FROM "Event" e WHERE e."searchDocument" @@ plainto_tsquery('public.bc_english'::regconfig, w)
        AND e."status" = 'published' AND e."deletedAt" IS NULL)
  ), terms AS MATERIALIZED (
    SELECT term, public.bc_translit(term) AS tt FROM (
      SELECT DISTINCT term FROM "Actor" a,
        regexp_split_to_table(public.bc_fold(lower(concat_ws(' ', a."name", array_to_string(a."aliases", ' ')))), '[[:space:][:punct:]]+') AS term
      WHERE EXISTS (SELECT 1 FROM words) AND a."status" = 'published' AND a."deletedAt" IS NULL AND char_length(term) >= 3) x
  ), scored AS (
    SELECT w, term, similarity(wt, tt) AS sim, levenshtein(left(wt, 255), left(tt, 255)) AS edits
    FROM words, terms WHERE NOT EXISTS (SELECT 1 FROM terms t2 WHERE t2.term = words.w)
  ), best AS (
    SELECT w, term, row_number() OVER (PARTITION BY w ORDER BY sim DESC, edits, term) AS n FROM scored
    WHERE sim >= 0.45 OR (char_length(w) >= 5 AND edits <= 1)
  )
  SELECT plainto_tsquery('public.bc_english'::regconfig, w),
    to_tsquery('public.bc_english'::regconfig, string_agg(quote_literal(x), ' | '))
  FROM (SELECT w, w AS x FROM best UNION SELECT w, term FROM best WHERE n <= 3) y
  GROUP BY w HAVING numnode(plainto_tsquery('public.bc_english'::regconfig, w)) > 0 $$;

-- For ts_headline: the text with the hyphens removed from those compounds
-- whose joined form is one of the query's lexemes, so "cease-fire" is marked
-- for "ceasefire" as the document matched it (the parser would otherwise
-- see only "cease" and "fire"). Other text is kept exactly, so the snippet
-- maps back to the original (lib/data/event-search.ts).
CREATE FUNCTION public.bc_join_matching_hyphens(x text, lexemes text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_agg(
      CASE WHEN m[1] LIKE '%-%' AND tsvector_to_array(to_tsvector('public.bc_english'::regconfig, public.bc_fold(replace(m[1], '-', '')))) && lexemes
        THEN replace(m[1], '-', '') ELSE coalesce(m[1], m[2]) END, '' ORDER BY n), '')
    FROM regexp_matches(coalesce(x, ''), '([^[:space:][:punct:]]+(?:-[^[:space:][:punct:]]+)*)|([[:space:][:punct:]]+)', 'g') WITH ORDINALITY AS t(m, n) $$;
