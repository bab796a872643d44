import 'server-only';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { listPageSchema } from '../api';
import { eventFilterSchema, eventPageSchema } from '../schemas/event-filter';
import { timelineSliceSchema } from '../schemas/timeline';
import { badRequestSchema, errorSchema } from '../schemas/api/errors';
import { apiEventSchema, eventExportSchema, eventPageResponseSchema } from '../schemas/api/event';
import {
  actorDetailSchema,
  actorListSchema,
  figureListSchema,
  proposalListSchema,
  sectorDetailSchema,
  sectorListSchema,
  sourceDetailSchema,
  sourceListSchema,
} from '../schemas/api/records';
import { timelineLabelsSchema, timelineSchema } from '../schemas/api/timeline';
import { revisionDetailSchema, revisionListSchema, revisionNumberSchema } from '../schemas/api/revision';
import { siteUrl } from '../site-url';
import { parameterDocs } from './parameters';

/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the
 * routes parse their queries with (lib/schemas/event-filter.ts, lib/api.ts)
 * and the zod schemas of their bodies (lib/schemas/api). Each query parameter
 * is the route's own field schema, given a description here with `.meta()`
 * (which copies it unchanged), so a new filter shows up without an edit here.
 */

/** The route's query object with each field described; the field schemas themselves are the route's. */
function described(shape: Record<string, z.ZodType>) {
  return z.object(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, parameterDocs[key] ? field.meta(parameterDocs[key]) : field])),
  );
}

const filterQuery = eventFilterSchema.shape;
const eventsQuery = described({ ...filterQuery, ...eventPageSchema.in.shape });
const exportQuery = described(filterQuery);
const listQuery = described(listPageSchema.shape);
const labelsQuery = described({ ...filterQuery, ...timelineSliceSchema.shape });

const jsonBody = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

const errors = {
  // A URL no parameter schema can read (a control character, malformed %-encoding) is refused before the route, with no issues.
  400: jsonBody(
    z.union([badRequestSchema, errorSchema]),
    'A query parameter is malformed: one issue per problem, `path[0]` names the parameter; a malformed URL answers `error` alone',
  ),
  404: jsonBody(errorSchema, 'No public record has this key'),
  410: jsonBody(errorSchema, 'The event was published, then deleted'),
  503: {
    ...jsonBody(errorSchema, 'The database is temporarily unavailable; retry after the Retry-After seconds'),
    headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait' }) }),
  },
};

/** The exports are downloads: browsers save them under this name. */
const attachment = z.object({ 'Content-Disposition': z.string().meta({ example: 'attachment; filename="backchannel-events.csv"' }) });

const moved = (what: string) => ({
  description: `A former slug of the event: the same ${what} under its current slug`,
  headers: z.object({ Location: z.url() }),
});

const slugExamples: Record<string, string> = {
  event: '2017-dmitriev-erik-prince-seychelles-meeting',
  actor: 'kirill-dmitriev',
  sector: 'rare-earths',
};
const slugParam = (what: string) => z.object({ slug: z.string().meta({ description: `The ${what}'s slug`, example: slugExamples[what] }) });

type Tag = 'Events' | 'Revisions' | 'Records' | 'Timeline' | 'Document';

function buildRegistry() {
  const registry = new OpenAPIRegistry();
  // JSON answers carry an ETag (lib/api.ts json()): a request with a matching If-None-Match gets 304 and no body.
  const notModified = {
    description: 'Not modified: the ETag sent in If-None-Match still matches',
    headers: z.object({ ETag: z.string() }),
  };
  const get = (path: string, tag: Tag, summary: string, config: Omit<Parameters<typeof registry.registerPath>[0], 'method' | 'path'>) =>
    registry.registerPath({
      method: 'get',
      path,
      tags: [tag],
      summary,
      ...config,
      responses: /\.(csv|json)$/.test(path) ? config.responses : { ...config.responses, 304: notModified },
    });

  get('/api/v1/events', 'Events', 'Events, filtered and paged', {
    description:
      'One page of published events, oldest first by default. Filters combine with AND across parameters and OR within a repeated ' +
      'facet (`sector=a&sector=b`). With `q`, events come by relevance and each carries `rank` and `highlight`; `sort` does not apply.',
    request: { query: eventsQuery },
    responses: { 200: jsonBody(eventPageResponseSchema, 'A page of events'), 400: errors[400], 503: errors[503] },
  });
  get('/api/v1/events/{slug}', 'Events', 'One event', {
    request: { params: slugParam('event') },
    responses: {
      200: jsonBody(apiEventSchema, 'The event'),
      308: moved('event'),
      404: errors[404],
      410: errors[410],
      503: errors[503],
    },
  });
  get('/api/v1/events.csv', 'Events', 'The whole filtered set as CSV', {
    description: 'The same filters as /api/v1/events, every matching event, one a row, oldest first. No paging.',
    request: { query: exportQuery },
    responses: {
      200: {
        description: 'CSV with a header row',
        headers: attachment,
        content: { 'text/csv': { schema: z.string().meta({ description: 'RFC 4180 CSV' }) } },
      },
      400: errors[400],
      503: errors[503],
    },
  });
  get('/api/v1/events.json', 'Events', 'The whole filtered set as JSON', {
    description: 'The same filters as /api/v1/events, every matching event in the Event shape, oldest first. No paging.',
    request: { query: exportQuery },
    responses: { 200: { ...jsonBody(eventExportSchema, 'Every matching event'), headers: attachment }, 400: errors[400], 503: errors[503] },
  });
  get('/api/v1/events/{slug}/revisions', 'Revisions', 'The published versions of an event', {
    description:
      'Each published save of the event, oldest first, with its stable number and public URL. Drafts saved between published ' +
      'versions are never listed, and a trashed or unpublished event lists nothing (404).',
    request: { params: slugParam('event') },
    responses: { 200: jsonBody(revisionListSchema, 'The versions'), 308: moved('list'), 404: errors[404], 503: errors[503] },
  });
  get('/api/v1/events/{slug}/revisions/{n}', 'Revisions', 'An event as it was at one published version', {
    request: { params: slugParam('event').extend({ n: revisionNumberSchema }) },
    responses: {
      200: jsonBody(revisionDetailSchema, 'The event as it read at that version'),
      308: moved('revision'),
      400: errors[400],
      404: jsonBody(errorSchema, 'No public event has this slug, or this number is not one of its published versions'),
      503: errors[503],
    },
  });

  const list = (path: string, what: string, schema: z.ZodType) =>
    get(path, 'Records', `${what}, paged`, {
      request: { query: listQuery },
      responses: { 200: jsonBody(schema, `A page of ${what.toLowerCase()}`), 400: errors[400], 503: errors[503] },
    });
  const one = (path: string, what: string, schema: z.ZodType, param: z.ZodObject) =>
    get(path, 'Records', `One ${what}`, {
      request: { params: param },
      responses: { 200: jsonBody(schema, `The ${what}`), 404: errors[404], 503: errors[503] },
    });
  list('/api/v1/actors', 'Actors', actorListSchema);
  one('/api/v1/actors/{slug}', 'actor', actorDetailSchema, slugParam('actor'));
  list('/api/v1/sectors', 'Sectors', sectorListSchema);
  one('/api/v1/sectors/{slug}', 'sector', sectorDetailSchema, slugParam('sector'));
  list('/api/v1/proposals', 'Proposals', proposalListSchema);
  list('/api/v1/figures', 'Figures', figureListSchema);
  list('/api/v1/sources', 'Sources', sourceListSchema);
  one(
    '/api/v1/sources/{id}',
    'source',
    sourceDetailSchema,
    z.object({ id: z.string().meta({ description: "The source's id", example: 'uninvestable-russia-analysis' }) }),
  );

  get('/api/v1/timeline', 'Timeline', 'The filtered set as compact columns', {
    description: 'What the time axis draws: one entry per event in each column, oldest first. Same filters as /api/v1/events.',
    request: { query: exportQuery },
    responses: { 200: jsonBody(timelineSchema, 'The columns'), 400: errors[400], 503: errors[503] },
  });
  get('/api/v1/timeline/labels', 'Timeline', 'Titles of a slice of the timeline', {
    description: 'Titles, slugs and date labels of events offset…offset+limit of /api/v1/timeline’s order.',
    request: { query: labelsQuery },
    responses: { 200: jsonBody(timelineLabelsSchema, 'The labels'), 400: errors[400], 503: errors[503] },
  });
  get('/api/v1/openapi.json', 'Document', 'This document', {
    responses: { 200: jsonBody(z.looseObject({ openapi: z.string() }), 'The OpenAPI 3.1 description of /api/v1') },
  });
  return registry;
}

let base: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined;

/**
 * The document. The generated part is built once per process (the schemas
 * don't change while it runs); the server is read on every call, so it
 * follows siteUrl() if that ever depends on the request.
 */
export function openApiDocument() {
  base ??= new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Backchannel API',
      version: '1',
      description:
        'Read-only JSON API of Backchannel: the US–Russia economic talks, every fact with its source. Public, no key, ' +
        'CORS-enabled for GET (`Access-Control-Allow-Origin: *`, no credentials).',
    },
    tags: [
      { name: 'Events', description: 'The timeline and its exports' },
      { name: 'Revisions', description: 'Published versions of an event ("as of" links)' },
      { name: 'Records', description: 'Actors, sectors, proposals, figures and sources' },
      { name: 'Timeline', description: 'The compact data behind the time axis' },
      { name: 'Document', description: 'This description' },
    ],
  });
  return { ...base, servers: [{ url: siteUrl('/').replace(/\/$/, '') }] };
}
