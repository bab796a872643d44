-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchDocument" tsvector;

-- CreateIndex
CREATE INDEX "Event_searchDocument_idx" ON "Event" USING GIN ("searchDocument");
-- Full-text search (issue 9). Hand-written: Prisma models only the column and
-- its GIN index. The adapters split this file at every literal semicolon, so
-- no semicolon appears inside a body: SQL functions are single statements, and
-- PL/pgSQL bodies are E-strings with \073 (generated from readable source,
-- shown in lib/data/event-search.ts's header comment). No comment in this file
-- may contain a semicolon either.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- unaccent() is STABLE (it looks its dictionary up by name). This wrapper names
-- the dictionary explicitly and is IMMUTABLE, so indexes and stored documents may use it.
CREATE FUNCTION public.bc_unaccent(x text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, x) $$;

-- Lower-cases Cyrillic, character for character. A database created with the C
-- locale (PGlite is C.UTF-8, but initdb --no-locale servers are plain C) does
-- not lower-case non-ASCII letters, so "Путин" and "путин" would differ. Being
-- length-preserving lets highlights found in the folded text map back to the original.
CREATE FUNCTION public.bc_fold(x text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(x, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў') $$;

-- Latin transliteration for trigram comparison of names (pg_trgm ignores
-- non-ASCII letters under the C locale, and it lets Dmitriyev meet Дмитриев).
CREATE FUNCTION public.bc_translit(x text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(public.bc_fold(lower(public.bc_unaccent(x))), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ь', ''), 'ъ', ''), 'абвгдеёзийклмнопрстуфыэіїєґў', 'abvgdeeziiklmnoprstufyeiiegu') $$;

-- English stemming over unaccented words ("Müller" and "Muller" agree).
CREATE TEXT SEARCH CONFIGURATION public.bc_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.bc_english ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.english_stem;

-- "cease-fire" is also indexed as "ceasefire" (queries join hyphenated words the same way).
CREATE FUNCTION public.bc_hyphen_joins(x text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(string_agg(replace(m[1], '-', ''), ' '), '')
        FROM regexp_matches(x, '([^[:space:][:punct:]]+(?:-[^[:space:][:punct:]]+)+)', 'g') AS m $$;

CREATE FUNCTION public.bc_tsv(x text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('public.bc_english'::regconfig, public.bc_fold(coalesce(x, '')))
            || to_tsvector('public.bc_english'::regconfig, public.bc_fold(public.bc_hyphen_joins(coalesce(x, '')))) $$;

-- The weighted document: A title and the names and aliases of published actors,
-- B summary and published sector names, C quotations from published sources
-- with their published speakers, and the location.
CREATE FUNCTION public.bc_event_document(p_id text, p_title text, p_summary text, p_location text) RETURNS tsvector LANGUAGE sql STABLE
  AS $$ SELECT
    setweight(public.bc_tsv(concat_ws(' ', p_title, (
      SELECT string_agg(concat_ws(' ', a."name", array_to_string(a."aliases", ' ')), ' ')
      FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
      WHERE ea."eventId" = p_id AND a."status" = 'published' AND a."deletedAt" IS NULL))), 'A')
    || setweight(public.bc_tsv(concat_ws(' ', p_summary, (
      SELECT string_agg(s."name", ' ')
      FROM "EventSector" es JOIN "Sector" s ON s."id" = es."sectorId"
      WHERE es."eventId" = p_id AND s."status" = 'published' AND s."deletedAt" IS NULL))), 'B')
    || setweight(public.bc_tsv(concat_ws(' ', (
      SELECT string_agg(concat_ws(' ', c."quote", sp."name"), ' ')
      FROM "Citation" c JOIN "Source" so ON so."id" = c."sourceId" AND so."status" = 'published' AND so."deletedAt" IS NULL
      LEFT JOIN "Actor" sp ON sp."id" = c."speakerId" AND sp."status" = 'published' AND sp."deletedAt" IS NULL
      WHERE c."eventId" = p_id), p_location)), 'C') $$;

CREATE FUNCTION public.bc_refresh_events(ids text[]) RETURNS void LANGUAGE sql VOLATILE
  AS $$ UPDATE "Event" e SET "searchDocument" = public.bc_event_document(e."id", e."title", e."summary", e."location")
        WHERE e."id" = ANY(ids) $$;

-- Triggers keep the document current in the writing transaction, whatever
-- writes (the editor forms, import, seed, or SQL such as the benchmark's generator).
CREATE FUNCTION public.bc_event_document_trigger() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  NEW."searchDocument" := public.bc_event_document(NEW."id", NEW."title", NEW."summary", NEW."location")\073
  RETURN NEW\073
END';
CREATE TRIGGER "Event_search_document" BEFORE INSERT OR UPDATE OF "title", "summary", "location", "id" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION public.bc_event_document_trigger();

-- Statement-level with transition tables: a bulk insert refreshes each event once per statement.
CREATE FUNCTION public.bc_event_links_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM public.bc_refresh_events(ARRAY(SELECT DISTINCT "eventId" FROM new_rows WHERE "eventId" IS NOT NULL))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM public.bc_refresh_events(ARRAY(SELECT DISTINCT "eventId" FROM old_rows WHERE "eventId" IS NOT NULL))\073
  ELSE
    PERFORM public.bc_refresh_events(ARRAY(
      SELECT "eventId" FROM new_rows WHERE "eventId" IS NOT NULL UNION SELECT "eventId" FROM old_rows WHERE "eventId" IS NOT NULL))\073
  END IF\073
  RETURN NULL\073
END';
CREATE TRIGGER "EventActor_search_insert" AFTER INSERT ON "EventActor" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "EventActor_search_update" AFTER UPDATE ON "EventActor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "EventActor_search_delete" AFTER DELETE ON "EventActor" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "EventSector_search_insert" AFTER INSERT ON "EventSector" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "EventSector_search_update" AFTER UPDATE ON "EventSector" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "EventSector_search_delete" AFTER DELETE ON "EventSector" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "Citation_search_insert" AFTER INSERT ON "Citation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "Citation_search_update" AFTER UPDATE ON "Citation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();
CREATE TRIGGER "Citation_search_delete" AFTER DELETE ON "Citation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_event_links_changed();

-- Renaming, publishing or trashing an actor, sector or source changes the
-- documents of the events that show it. (Deleting one cascades to the link
-- rows, whose own triggers refresh.)
CREATE FUNCTION public.bc_actor_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  PERFORM public.bc_refresh_events(ARRAY(
    WITH changed AS (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."name", n."aliases", n."status", n."deletedAt") IS DISTINCT FROM (o."name", o."aliases", o."status", o."deletedAt"))
    SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" IN (SELECT "id" FROM changed)
    UNION SELECT c."eventId" FROM "Citation" c WHERE c."speakerId" IN (SELECT "id" FROM changed) AND c."eventId" IS NOT NULL))\073
  RETURN NULL\073
END';
CREATE TRIGGER "Actor_search_update" AFTER UPDATE ON "Actor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_actor_changed();
CREATE FUNCTION public.bc_sector_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  PERFORM public.bc_refresh_events(ARRAY(
    SELECT es."eventId" FROM "EventSector" es WHERE es."sectorId" IN (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."name", n."status", n."deletedAt") IS DISTINCT FROM (o."name", o."status", o."deletedAt"))))\073
  RETURN NULL\073
END';
CREATE TRIGGER "Sector_search_update" AFTER UPDATE ON "Sector" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_sector_changed();
CREATE FUNCTION public.bc_source_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  PERFORM public.bc_refresh_events(ARRAY(
    SELECT DISTINCT c."eventId" FROM "Citation" c WHERE c."eventId" IS NOT NULL AND c."sourceId" IN (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."status", n."deletedAt") IS DISTINCT FROM (o."status", o."deletedAt"))))\073
  RETURN NULL\073
END';
CREATE TRIGGER "Source_search_update" AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.bc_source_changed();

-- Queries: "cease-fire" is joined to "ceasefire" as in the documents.
CREATE FUNCTION public.bc_query_text(q text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(q, '([^[:space:][:punct:]])-(?=[^[:space:][:punct:]])', '\1', 'g') $$;

-- Typos and transliterations: each query word of 4+ letters that finds no
-- published event and is not itself a word of a published actor's name or alias is widened to the (up to 3) most
-- similar such words, by trigram similarity or one edit.
CREATE FUNCTION public.bc_fuzzy_rewrites(q text) RETURNS TABLE (t tsquery, s tsquery) LANGUAGE sql STABLE
  SET client_min_messages = warning
  AS $$
  WITH words AS (
    SELECT DISTINCT w FROM regexp_split_to_table(public.bc_fold(lower(public.bc_query_text(q))), '[[:space:][:punct:]]+') AS w
    WHERE char_length(w) BETWEEN 4 AND 40 AND NOT EXISTS (
      SELECT 1 FROM "Event" e WHERE e."searchDocument" @@ plainto_tsquery('public.bc_english'::regconfig, w)
        AND e."status" = 'published' AND e."deletedAt" IS NULL)
  ), terms AS (
    SELECT DISTINCT term FROM "Actor" a,
      regexp_split_to_table(public.bc_fold(lower(concat_ws(' ', a."name", array_to_string(a."aliases", ' ')))), '[[:space:][:punct:]]+') AS term
    WHERE a."status" = 'published' AND a."deletedAt" IS NULL AND char_length(term) >= 3
  ), scored AS (
    SELECT w, term, similarity(public.bc_translit(w), public.bc_translit(term)) AS sim,
      levenshtein(left(public.bc_translit(w), 255), left(public.bc_translit(term), 255)) AS edits
    FROM words, terms WHERE NOT EXISTS (SELECT 1 FROM terms t2 WHERE t2.term = words.w)
  ), best AS (
    SELECT w, term, row_number() OVER (PARTITION BY w ORDER BY sim DESC, edits, term) AS n FROM scored
    WHERE sim >= 0.45 OR (char_length(w) >= 5 AND edits <= 1)
  )
  SELECT plainto_tsquery('public.bc_english'::regconfig, w),
    to_tsquery('public.bc_english'::regconfig, string_agg(quote_literal(x), ' | '))
  FROM (SELECT w, w AS x FROM best UNION SELECT w, term FROM best WHERE n <= 3) y
  GROUP BY w HAVING numnode(plainto_tsquery('public.bc_english'::regconfig, w)) > 0 $$;

-- The query for q: websearch syntax ("phrases", or, -word) with English
-- stemming, unaccented, widened by bc_fuzzy_rewrites. A query with no words
-- (only stop words or operators) becomes one that matches nothing (a lexeme
-- the parser never produces) rather than the empty query, which makes
-- PostgreSQL send a NOTICE for every row it tests. Parsing a query of only
-- stop words sends a NOTICE too, which client_min_messages keeps quiet.
CREATE FUNCTION public.bc_search_query(q text) RETURNS tsquery LANGUAGE sql STABLE
  SET client_min_messages = warning
  AS $$ SELECT CASE WHEN numnode(x) > 0 THEN x ELSE quote_literal(chr(1))::tsquery END FROM (
    SELECT ts_rewrite(websearch_to_tsquery('public.bc_english'::regconfig, public.bc_fold(public.bc_query_text(q))),
      format('SELECT t, s FROM public.bc_fuzzy_rewrites(%L)', q)) AS x) AS parsed $$;

-- Existing events get their documents.
UPDATE "Event" e SET "searchDocument" = public.bc_event_document(e."id", e."title", e."summary", e."location");
