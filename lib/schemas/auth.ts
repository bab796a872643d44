import { z } from 'zod';

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address').max(254));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
  next: z.string().max(500).optional(),
});

/** New passwords: long enough to resist guessing; no composition rules (NIST SP 800-63B). */
const newPasswordSchema = z.string().min(12, 'Use at least 12 characters').max(200, 'Use at most 200 characters');

const roleSchema = z.enum(['editor', 'admin']);

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  password: newPasswordSchema,
  role: roleSchema,
});

const NEXT_FALLBACK = '/admin';
/** A host that can never be real (RFC 6761): only used to see where a browser would resolve `next`. */
const DUMMY_ORIGIN = 'http://next-path.invalid';
/** Browsers strip tab, CR and LF from URLs and read a backslash as `/`, so `/<tab>/evil` or `/<backslash>evil` would become `//evil`. */
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;
/** The same, percent-encoded in the path: an intermediary that decodes it would see `//evil` too. */
const ENCODED_SEPARATOR_OR_CONTROL = /%(?:[01][0-9a-f]|7f|2f|5c)/i;

/**
 * Only same-site paths may be a post-sign-in destination. Resolves `next`
 * with the WHATWG URL parser (what browsers use) against a dummy origin and
 * accepts it only if it stays on that origin with a path starting with one
 * `/`; answers the normalised, ASCII-only path+query+hash (safe in a Location
 * header), or /admin. Takes unknown because query values may be arrays.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500 || !next.startsWith('/') || next.startsWith('//')) return NEXT_FALLBACK;
  if (CONTROL_OR_BACKSLASH.test(next)) return NEXT_FALLBACK;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return NEXT_FALLBACK;
  }
  // `/.//evil` and `/..//evil` normalise to `//evil`: a protocol-relative URL once sent back out.
  if (url.origin !== DUMMY_ORIGIN || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return NEXT_FALLBACK;
  if (ENCODED_SEPARATOR_OR_CONTROL.test(url.pathname)) return NEXT_FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}

export const resetPasswordSchema = z.object({ id: z.string().min(1).max(64), password: newPasswordSchema });
export const setDisabledSchema = z.object({ id: z.string().min(1).max(64), disabled: z.enum(['1', '0']) });
