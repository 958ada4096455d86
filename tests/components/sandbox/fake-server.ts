// A fetch stand-in for the sandbox routes: each path answers from a script the
// test writes, and every call is recorded, so tests can count refreshes.
import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  body: unknown;
  query: URLSearchParams;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };
type Handler = (call: Call, calls: Call[]) => Reply | Promise<Reply>;

export function fakeSandbox(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://sandbox.test');
    const call: Call = {
      method: init.method ?? 'GET',
      path: url.pathname.replace('/api/sandbox/', ''),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      query: url.searchParams,
    };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    // Let parallel requests overlap the way real ones do.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const reply = handler ? await handler(call, calls) : { status: 404, body: { error: 'not_found', message: 'no handler' } };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  });
  const count = (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path).length;
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, count };
}

/** A session whose access token expired: me says token_expired until a refresh succeeds. */
export function expiringSession() {
  let refreshed = false;
  return {
    'GET me': (): Reply =>
      refreshed
        ? { status: 200, body: { user: { id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' }, token: { header: {}, payload: {} } } }
        : { status: 401, body: { error: 'token_expired', message: 'The token has expired.', jose: 'ERR_JWT_EXPIRED' } },
    'POST refresh': (): Reply => {
      // A second refresh with the same (now spent) cookie would be a replay.
      if (refreshed) return { status: 401, body: { error: 'refresh_reuse_detected', message: 'A spent refresh token was presented again.' } };
      refreshed = true;
      return { status: 200, body: { user: { id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' } } };
    },
  };
}
