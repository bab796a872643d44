import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '@/lib/openapi/document';

/** Every route of app/api/v1 as the URL template it serves (`[slug]` becomes `{slug}`). */
function apiRoutes(dir = path.join(process.cwd(), 'app/api/v1'), prefix = '/api/v1'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return /^route\.tsx?$/.test(entry.name) ? [prefix] : [];
    return apiRoutes(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, '{$1}')}`);
  });
}

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('is a valid OpenAPI 3.1 document (a real validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every /api/v1 route, and no route that does not exist', () => {
    const routes = apiRoutes().sort();
    expect(routes).toContain('/api/v1/events/{slug}/revisions/{n}');
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(routes);
  });

  it("takes its query parameters from the routes' own schemas", () => {
    const events = document.paths?.['/api/v1/events']?.get;
    const names = (events?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(names.sort()).toEqual(['actor', 'cursor', 'from', 'limit', 'q', 'sector', 'sort', 'to', 'type']);
    const limit = events?.parameters?.find((p) => 'name' in p && p.name === 'limit');
    expect(JSON.stringify(limit)).toContain('100');
  });
});
