/**
 * Server actions read the session cookie through next/headers. Tests that
 * call actions in-process mock that module (vi.mock at the top of the test
 * file, pointing at `nextHeadersMock`) and pick who is signed in here; the
 * database, the session lookup and everything after it stay real.
 */
let token: string | undefined;

export function actAs(sessionToken: string | undefined) {
  token = sessionToken;
}

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (token && name === 'bc_session' ? { name, value: token } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '127.0.0.1' }),
};

/** Runs a server action, turning Next's redirect signal into a value. */
export async function callAction<T>(run: () => Promise<T>): Promise<{ redirect?: string; result?: T }> {
  try {
    return { result: await run() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
    throw error;
  }
}
