import { expect } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Checks API responses against the OpenAPI document the server publishes
 * (/api/v1/openapi.json): the status must be documented for the path, the
 * media type too, and a JSON body must match the documented schema (ajv,
 * JSON Schema 2020-12, the dialect of OpenAPI 3.1). One helper for every API
 * test, so a route and its description cannot drift apart unnoticed.
 */
type Json = Record<string, unknown>;
interface Checker {
  document: Json;
  ajv: Ajv2020;
  routes: { template: string; pattern: RegExp; literal: number }[];
  validators: Map<string, ValidateFunction>;
}

const checkers = new Map<string, Promise<Checker>>();

async function load(base: string): Promise<Checker> {
  const response = await fetch(`${base}/api/v1/openapi.json`);
  expect(response.status, 'GET /api/v1/openapi.json').toBe(200);
  const document = (await response.json()) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const formats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  formats(ajv);
  // Components are added once under the document's own id, so each `#/components/schemas/X` $ref resolves.
  ajv.addSchema({ $id: 'openapi.json', components: document.components ?? {} });
  const routes = Object.keys(document.paths as Json).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    // The most literal template wins: /api/v1/events.csv before /api/v1/events/{slug}.
    literal: template.replace(/\{[^}]+\}/g, '').length,
  }));
  return { document, ajv, routes, validators: new Map() };
}

function checker(base: string) {
  let c = checkers.get(base);
  if (!c) checkers.set(base, (c = load(base)));
  return c;
}

/** Rewrites the document's local refs to point into the schema registered above. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi.json${v}` : rebase(v),
    ]),
  );
}

/** Fails the test unless this response (status, media type, body) is what the document says `pathname` answers. */
export async function expectDocumented(base: string, url: string, status: number, contentType: string | null, text: string) {
  const c = await checker(base);
  const pathname = decodeURI(new URL(url).pathname);
  const route = c.routes.filter((r) => r.pattern.test(pathname)).sort((a, b) => b.literal - a.literal)[0];
  expect(route, `${pathname} is described in the OpenAPI document`).toBeDefined();
  const operation = ((c.document.paths as Json)[route.template] as Json).get as Json;
  const responses = operation.responses as Json;
  const documented = responses[String(status)] as Json | undefined;
  expect(documented, `${status} is a documented answer of GET ${route.template}`).toBeDefined();
  const content = documented!.content as Json | undefined;
  if (!content) return;
  const media = (contentType ?? '').split(';')[0].trim();
  const entry = content[media] as Json | undefined;
  expect(entry, `${media} is a documented media type of ${status} from ${route.template}`).toBeDefined();
  if (!media.endsWith('json')) {
    expect(typeof text).toBe('string');
    return;
  }
  const key = `${route.template} ${status} ${media}`;
  let validate = c.validators.get(key);
  if (!validate) c.validators.set(key, (validate = c.ajv.compile(rebase(entry!.schema) as object)));
  const body: unknown = JSON.parse(text);
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${status} body of GET ${pathname} matches the documented schema`).toEqual([]);
}

/**
 * fetch(), then the check above; answers a fresh Response with the same
 * status, headers and body, so a test reads it as it would have.
 */
export async function documentedFetch(base: string, path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  const url = response.url || `${base}${path}`;
  // HEAD and preflights carry no body to check; their headers are the CORS tests' business.
  const read = !init?.method || init.method === 'GET';
  if (read && new URL(url).pathname.startsWith('/api/v1')) {
    await expectDocumented(base, url, response.status, response.headers.get('content-type'), text);
  }
  const empty = [101, 204, 205, 304].includes(response.status);
  const copy = new Response(empty ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  Object.defineProperty(copy, 'redirected', { value: response.redirected });
  return copy;
}
