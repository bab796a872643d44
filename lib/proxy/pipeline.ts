import { NextResponse, type NextRequest } from 'next/server';

/**
 * What the proxy's steps share for one request. A step may add headers to
 * pass on to the app (`requestHeaders`) or to put on whatever response the
 * proxy ends up giving (`responseHeaders`), including another step's 403.
 */
type ProxyContext = {
  request: NextRequest;
  requestHeaders: Headers;
  responseHeaders: Headers;
};

/** One concern of the proxy. Returns a response to answer at once, or nothing to go on. */
export type ProxyStep = (context: ProxyContext) => Response | undefined | void | Promise<Response | undefined | void>;

/** Runs the steps in order; the first response wins, otherwise the request goes on to the app. */
export async function runProxy(request: NextRequest, steps: ProxyStep[]): Promise<Response> {
  const context: ProxyContext = { request, requestHeaders: new Headers(request.headers), responseHeaders: new Headers() };
  let response: Response | undefined;
  for (const step of steps) {
    response = (await step(context)) ?? undefined;
    if (response) break;
  }
  let answer = response ?? NextResponse.next({ request: { headers: context.requestHeaders } });
  try {
    context.responseHeaders.forEach((value, name) => answer.headers.set(name, value));
  } catch {
    // Response.redirect() and friends have immutable headers: copy, then set.
    answer = new Response(answer.body, answer);
    context.responseHeaders.forEach((value, name) => answer.headers.set(name, value));
  }
  return answer;
}
