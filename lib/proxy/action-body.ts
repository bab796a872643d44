import { statusPageHtml } from '../status-page';
import type { ProxyStep } from './pipeline';
/**
 * Form posts to pages are decoded by Next's server-action handler before any
 * app code runs, and that handler answers 500 when the body is too large or
 * malformed (a broken multipart body, a `$ACTION_…` field that is not the
 * JSON React wrote). The proxy runs first: it checks here what the handler
 * would choke on and answers 413 or 400 with a page (no-JS form posts) or
 * JSON (fetch actions) that says what happened and that nothing was saved.
 *
 * Only page POSTs: route handlers under /api parse their own bodies.
 */

/** Keep equal to experimental.serverActions.bodySizeLimit in next.config.ts. */
export const ACTION_BODY_LIMIT = 5 * 1024 * 1024;

const LIMIT_TEXT = '5 MB';
// Next's server reference ids: 42 hex digits (see next/dist/shared/lib/server-reference-info).
const ACTION_ID = /^[0-9a-f]{42}$/i;

type Refusal = { status: 400 | 413; title: string; detail: string };

/** A 400/413 response for a page POST Next could not decode, or null to let it through. */
export async function refuseBadActionBody(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/')) return null;
  const refusal = await check(request);
  return refusal ? respond(request, url, refusal) : null;
}

async function check(request: Request): Promise<Refusal | null> {
  const tooLarge: Refusal = {
    status: 413,
    title: 'This form was too large to send',
    detail: `The server accepts at most ${LIMIT_TEXT} per form. Nothing was saved. Go back, shorten the text or attach a smaller file, and send it again.`,
  };
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > ACTION_BODY_LIMIT) return tooLarge;

  const contentType = request.headers.get('content-type') ?? '';
  const fetchAction = request.headers.has('next-action');
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  const urlencoded = /^application\/x-www-form-urlencoded\b/i.test(contentType);

  // Read (a copy of) the body even when it is not an action: a streamed body
  // has no Content-Length, so its size is only known by counting.
  const body = await readUpTo(request.clone(), ACTION_BODY_LIMIT);
  if (body === 'too-large') return tooLarge;
  if (!fetchAction && !multipart) return null; // Next does not decode it

  const malformed = (what: string): Refusal => ({
    status: 400,
    title: 'This form could not be read',
    detail: `${what} Nothing was saved. Go back, reload the page and send the form again.`,
  });

  if (fetchAction && !multipart) {
    // A fetch action's non-multipart body is one JSON row that React decodes.
    const rows = new Map([[0, new TextDecoder().decode(body)]]);
    return replyProblem((n) => rows.get(n)) ? malformed('The request body is not valid.') : null;
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return malformed(urlencoded ? 'The form data is not valid.' : 'The form data is not valid multipart data.');
  }
  if (fetchAction) return replyProblem((n) => form.get(String(n)) ?? undefined) ? malformed('The request body is not valid.') : null;
  return actionFieldsProblem(form) ? malformed('The form’s hidden action fields are damaged.') : null;
}

/** The body's bytes, or 'too-large' as soon as more than `limit` arrived. */
async function readUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling a proxied request body never settles in next start.
      void reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

type Row = string | File | undefined;

/** React's own limits: arguments per call (Next) and BigInt digits; a nesting cap keeps its recursive decoder off the stack limit. */
const MAX_ARGS = 1000;
const MAX_DEPTH = 64;

/**
 * The rows of a React reply (row 0 the argument list), as React's
 * decodeReply/decodeAction would walk them: each row it reaches is JSON,
 * every `$`-string is an encoding it knows, and each row a `$` reference
 * names is there. Returns what is wrong, or null.
 */
function replyProblem(row: (n: number) => Row, root = 0): string | null {
  const parsed = new Map<number, unknown>();
  const load = (n: number): unknown => {
    if (parsed.has(n)) return parsed.get(n);
    const text = row(n);
    if (text === undefined) throw new Error(`row ${n} is missing`);
    if (typeof text !== 'string') throw new Error(`row ${n} is not text`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error(`row ${n} is not JSON`);
    }
    parsed.set(n, value);
    return value;
  };
  const pending: number[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH) throw new Error('nested too deeply');
    if (typeof value === 'string') return checkString(value);
    if (value === null || typeof value !== 'object') return;
    for (const item of Array.isArray(value) ? value : Object.values(value)) walk(item, depth + 1);
  };
  const checkString = (value: string) => {
    if (value[0] !== '$') return;
    const tag = value[1];
    // Self-contained encodings: escaped "$", undefined, Infinity, -0/-Infinity, NaN, dates, server-ref holes.
    if (tag === '$' || tag === 'u' || tag === 'I' || tag === '-' || tag === 'N' || tag === 'D' || tag === 'H') return;
    if (tag === 'n') {
      if (!/^\$n-?\d{1,300}$/.test(value)) throw new Error('malformed BigInt');
      return;
    }
    if (tag === 'K' || tag === 'T') return; // a FormData built from prefixed fields (may be empty); a temporary reference
    // Everything else names a row: "$<hex>", "$@<hex>", "$Q<hex>", "$h<hex>:path"…
    const ref = /^\$[@hQWiAOoUSsLlGgMmVBbRrXxhFEZ]?([0-9a-f]+)(:|$)/i.exec(value);
    if (!ref) throw new Error(`unknown encoding ${JSON.stringify(value.slice(0, 12))}`);
    const n = parseInt(ref[1], 16);
    const target = row(n);
    if (target === undefined) throw new Error(`reference to missing row ${n}`);
    // Blobs and typed arrays are binary rows; every other reference is parsed as JSON.
    if (/^\$[AOoUSsLlGgMmVB]/.test(value)) return;
    if (typeof target !== 'string') throw new Error(`row ${n} is not text`);
    if (!parsed.has(n)) pending.push(n);
  };
  try {
    const args = load(root);
    if (Array.isArray(args) && args.length > MAX_ARGS) return 'too many arguments';
    walk(args, 0);
    while (pending.length) {
      const n = pending.pop()!;
      if (parsed.has(n)) continue;
      walk(load(n), 0);
    }
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * React's no-JS form encoding, as its decodeAction/decodeFormState read it:
 * `$ACTION_ID_<id>` (an unbound action), or `$ACTION_REF_<p>` with rows
 * `$ACTION_<p>:<n>`, each a JSON value; row 0 is {"id": "<id>", "bound":
 * null | "$@<hex row>"} and the bound row is the JSON array of arguments.
 * Returns what is wrong, or null when the fields have that shape (whether
 * the id names a real action is Next's own check, answered 400/404).
 */
export function actionFieldsProblem(form: FormData): string | null {
  for (const key of form.keys()) {
    if (!key.startsWith('$ACTION_')) continue;
    if (key.startsWith('$ACTION_ID_')) {
      if (!ACTION_ID.test(key.slice('$ACTION_ID_'.length))) return `bad action id field ${key}`;
      continue;
    }
    if (!key.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const row = (n: number): Row => form.get(`${prefix}${n}`) ?? undefined;
    let head: { id?: unknown; bound?: unknown } | null = null;
    try {
      head = JSON.parse(String(row(0)));
    } catch {
      // reported below
    }
    if (typeof row(0) !== 'string' || !head || typeof head !== 'object' || Array.isArray(head))
      return `${prefix}0 is missing or not a JSON object`;
    if (typeof head.id !== 'string' || !ACTION_ID.test(head.id)) return `${prefix}0 has no well-formed id`;
    if (head.bound === null) continue;
    const ref = typeof head.bound === 'string' ? /^\$@([0-9a-f]+)$/i.exec(head.bound) : null;
    if (!ref) return `${prefix}0 has a malformed bound reference`;
    const boundRow = parseInt(ref[1], 16);
    const bound = row(boundRow);
    if (typeof bound !== 'string' || !/^\s*\[/.test(bound)) return `${prefix}0 refers to a missing argument list`;
    const problem = replyProblem(row, boundRow);
    if (problem) return `${prefix}: ${problem}`;
  }
  const keyPath = form.get('$ACTION_KEY');
  if (keyPath !== null && typeof keyPath !== 'string') return '$ACTION_KEY is not text';
  return null;
}

function respond(request: Request, url: URL, refusal: Refusal): Response {
  const accept = request.headers.get('accept') ?? '';
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (request.headers.has('next-action') || /text\/x-component|application\/json/i.test(accept)) {
    return Response.json({ error: refusal.title, detail: refusal.detail, saved: false }, { status: refusal.status, headers });
  }
  return new Response(refusalPageHtml(refusal, url.pathname + url.search), {
    status: refusal.status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** The proxy answers before any page renders, so the page is self-contained. */
function refusalPageHtml(refusal: Refusal, back: string): string {
  return statusPageHtml({
    tag: `${refusal.status} · Nothing was saved`,
    title: refusal.title,
    paragraphs: [refusal.detail],
    link: { href: back, label: 'Back to the form' },
  });
}

/** The proxy step: too large or malformed form posts get 413/400 here; Next's action decoding would answer 500. */
export const refuseBadFormPosts: ProxyStep = async ({ request }) =>
  request.method === 'POST' ? ((await refuseBadActionBody(request)) ?? undefined) : undefined;
