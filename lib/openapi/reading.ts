/**
 * Small readers over the generated document, for the /api reference page:
 * the page shows what the document says rather than a second description.
 */
type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  type: string;
  example?: unknown;
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: { status: string; description: string; media: { type: string; schema: string }[] }[];
}

const asObject = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/** A schema in a few words: `Event`, `string (YYYY…)`, `array of slug`, `"asc" | "desc"`. */
function typeOf(schemaValue: unknown): string {
  const schema = asObject(schemaValue);
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? 'object';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t): t is string => typeof t === 'string');
  const base = types.filter((t) => t !== 'null');
  let text = base.includes('array') ? `array of ${typeOf(schema.items)}` : base.join(' | ') || 'object';
  if (Array.isArray(schema.anyOf)) text = schema.anyOf.map(typeOf).join(' | ');
  const bounds = [
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : null,
    typeof schema.maximum === 'number' ? `≤ ${schema.maximum}` : null,
    typeof schema.maxLength === 'number' ? `≤ ${schema.maxLength} chars` : null,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : null,
    typeof schema.format === 'string' ? schema.format : null,
  ].filter(Boolean);
  if (bounds.length) text += ` (${bounds.join(', ')})`;
  return types.includes('null') && !base.includes('array') ? `${text} or null` : text;
}

export function operationsOf(document: Json): Operation[] {
  return Object.entries(asObject(document.paths)).flatMap(([path, item]) =>
    Object.entries(asObject(item)).map(([method, op]) => {
      const o = asObject(op);
      return {
        id: `${method}-${path}`
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase(),
        method: method.toUpperCase(),
        path,
        tag: (Array.isArray(o.tags) && typeof o.tags[0] === 'string' ? o.tags[0] : 'Other') as string,
        summary: String(o.summary ?? ''),
        description: String(o.description ?? ''),
        parameters: (Array.isArray(o.parameters) ? o.parameters : []).map((p) => {
          const param = asObject(p);
          const schema = asObject(param.schema);
          return {
            name: String(param.name),
            in: String(param.in),
            required: param.required === true,
            description: String(param.description ?? schema.description ?? ''),
            type: typeOf(schema),
            example: schema.example,
          };
        }),
        responses: Object.entries(asObject(o.responses)).map(([status, r]) => {
          const response = asObject(r);
          return {
            status,
            description: String(response.description ?? ''),
            media: Object.entries(asObject(response.content)).map(([type, m]) => ({ type, schema: typeOf(asObject(m).schema) })),
          };
        }),
      };
    }),
  );
}

/** A named schema's fields: name, type, required, description. */
export function fieldsOf(schemaValue: unknown) {
  const schema = asObject(schemaValue);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(asObject(schema.properties)).map(([name, field]) => ({
    name,
    type: typeOf(field),
    required: required.has(name),
    description: String(asObject(field).description ?? ''),
  }));
}

/** A curl line for an operation, with the documented examples of its required and first optional parameters. */
export function curlExample(server: string, op: Operation): string {
  let path = op.path;
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const example = p.example ?? (p.name === 'n' ? '1' : 'SLUG');
    path = path.replace(`{${p.name}}`, encodeURIComponent(String(example)));
  }
  const query = op.parameters
    .filter((p) => p.in === 'query' && p.example !== undefined)
    .slice(0, 2)
    .map((p) => `${p.name}=${encodeURIComponent(String(Array.isArray(p.example) ? p.example[0] : p.example))}`)
    .join('&');
  return `curl '${server}${path}${query ? `?${query}` : ''}'`;
}
