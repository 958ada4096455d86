// What every sandbox route shares: the guards in front of each POST, the
// visitor's sandbox, cookies on the way out, the timeline entry, and one catch
// so that nothing a client sends turns into a 500.
import { LIMITS } from './config';
import { trustedHops } from './rate-limit';
import { servedOverHttps } from './https';
import { describeSetCookie, parseCookies, readCookie } from './cookies';
import { SandboxError, type ErrorBody } from './errors';
import { recordEvent, type Source, type Verdict } from './events';
import { openSandbox, peekSandbox, sandboxCookieName, sandboxIdCookie, type Sandbox } from './sandbox-id';

export interface RouteContext {
  request: Request;
  /** Served over HTTPS: Secure cookies with __Host-/__Secure- names. */
  secure: boolean;
  sandbox: Sandbox;
  /** The parsed JSON body of a POST ({} when empty); undefined for GET. */
  body: unknown;
  /** A sandbox cookie's value (400 if over 4 KB). */
  cookie(name: string): string | undefined;
  /** Queue a Set-Cookie header; it is sent with whatever the handler answers, errors included. */
  setCookie(header: string): void;
  /** Say which sandbox/ lines ran and what verification concluded, for the timeline. */
  trace(source: Source, verdict?: Verdict): void;
}

export type Handler = (ctx: RouteContext) => Promise<Response>;

interface RouteOptions {
  method: 'GET' | 'POST';
  /** Whether the request goes on the sandbox's timeline (the inspector's own polling does not). */
  record: boolean;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

function errorResponse(err: SandboxError): Response {
  return json(err.toJSON(), err.status, err.headers);
}


/** Route handlers get no CSRF check for free: a POST must come from our own origin. */
export function checkOrigin(request: Request, env: Record<string, string | undefined> = process.env): void {
  const origin = request.headers.get('origin');
  if (origin === null) {
    // No Origin (curl, old clients): fall back to Fetch Metadata when the browser sent it.
    if (request.headers.get('sec-fetch-site') === 'cross-site') throw crossSite();
    return;
  }
  // Behind a load balancer that rewrites Host (TRUST_PROXY=1), the host the browser used is X-Forwarded-Host.
  const forwardedHost = trustedHops(env) > 0 ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwardedHost || request.headers.get('host') || new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) throws: foreign
  } catch {
    throw crossSite();
  }
  if (originHost !== host) throw crossSite();
}

function crossSite(): SandboxError {
  return new SandboxError('cross_site_request', 'This request came from another site.');
}

/** JSON only: an HTML form cannot send it, which keeps cross-site form posts out too. */
export function checkJsonType(request: Request): void {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new SandboxError('unsupported_media_type', 'Send the body as application/json.');
  }
}

/** The body as text, counting bytes as they arrive: Content-Length may be absent or a lie. */
export async function readBody(request: Request, limit: number = LIMITS.bodyBytes): Promise<string> {
  // The rest of the body is never read, so the connection cannot carry another request: close it.
  const tooLarge = () => new SandboxError('payload_too_large', `The body is larger than ${limit} bytes.`, undefined, { Connection: 'close' });
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new SandboxError('bad_request', 'The body is not valid UTF-8.');
  }
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new SandboxError('bad_request', 'The body is not valid JSON.');
  }
}

// #region route
/** The guards every POST passes before its handler runs, in order: 403, 415, 413, 400. */
export async function readPostBody(request: Request): Promise<unknown> {
  checkOrigin(request);
  checkJsonType(request);
  return parseJson(await readBody(request));
}

/** Wraps a handler into a Route Handler: `(request: Request) => Promise<Response>`. */
export function route(options: RouteOptions, handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const body = options.method === 'POST' ? await readPostBody(request) : undefined;
      return await run(options, handler, request, body);
    } catch (err) {
      return toErrorResponse(err, request);
    }
  };
}

async function run(options: RouteOptions, handler: Handler, request: Request, body: unknown): Promise<Response> {
  const secure = servedOverHttps(request.headers.get('x-forwarded-proto'), request.url);
  const jar = parseCookies(request.headers.get('cookie'));
  // A read never creates a sandbox: a flood of cookieless GETs writes nothing to the store.
  const id = jar.get(sandboxCookieName(secure));
  const sandbox = options.method === 'POST' ? await openSandbox(id) : await peekSandbox(id);
  const setCookies: string[] = sandbox.isNew ? [sandboxIdCookie(sandbox.id, secure)] : [];
  let source: Source | undefined;
  let verdict: Verdict | undefined;
  const ctx: RouteContext = {
    request,
    secure,
    sandbox,
    body,
    cookie: (name) => readCookie(jar, name),
    setCookie: (header) => setCookies.push(header),
    trace: (ranSource, ranVerdict) => {
      source = ranSource;
      verdict = ranVerdict ?? verdict;
    },
  };
  let response: Response;
  let error: string | undefined;
  try {
    response = await handler(ctx);
  } catch (err) {
    response = toErrorResponse(err, request);
    if (err instanceof SandboxError) error = err.code;
  }
  for (const header of setCookies) response.headers.append('Set-Cookie', header);
  if (options.record && sandbox.stored) {
    await recordEvent(sandbox, {
      sandboxTime: sandbox.now(),
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      ...(error ? { error } : {}),
      setCookies: setCookies.map(describeSetCookie),
      ...(verdict ? { verdict } : {}),
      ...(source ? { source } : {}),
    });
  }
  return response;
}
// #endregion

// #region answer
function toErrorResponse(err: unknown, request: Request): Response {
  if (err instanceof SandboxError) return errorResponse(err);
  // Not something a client can cause: a bug or a misconfiguration. Log it, say little.
  console.error(`[sandbox] ${request.method} ${new URL(request.url).pathname} failed:`, err);
  const body: ErrorBody = { error: 'server_error', message: 'The sandbox failed to answer; the server log says why.' };
  return json(body, 500);
}
// #endregion

function notAllowed(allowed: 'GET' | 'POST') {
  return async (request: Request): Promise<Response> =>
    json(
      { error: 'method_not_allowed', message: `${request.method} is not allowed here; use ${allowed}.` } satisfies ErrorBody,
      405,
      { Allow: allowed },
    );
}

/** GET (or PUT, DELETE…) on a POST-only route: a JSON 405 naming the method that works. */
export const methodNotAllowed = notAllowed('POST');
/** POST (or PUT, DELETE…) on a GET-only route. */
export const getOnly = notAllowed('GET');
