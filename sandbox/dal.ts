// The Data Access Layer for pages: the one place a server component asks "who is
// signed in?". Unlike the proxy it verifies the token for real, with the key, the
// sandbox clock and (stateful mode) the session record. React's cache() runs it
// once per request however many components ask.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { checkAccessToken } from './access';
import { parseCookies, readCookie } from './cookies';
import { SandboxError, type ErrorCode } from './errors';
import { recordEvent } from './events';
import { servedOverHttps } from './https';
import { peekSandbox, sandboxCookieName } from './sandbox-id';
import { cookieName } from './session';
import type { User } from './users';

export type SessionCheck =
  | { ok: true; user: User; expiresAt: number; now: number }
  | { ok: false; error: ErrorCode; jose?: string; message: string };

export const verifySession = cache(async (): Promise<SessionCheck> => {
  const head = await headers();
  const secure = servedOverHttps(head.get('x-forwarded-proto'));
  // The same cookie rule as the route handlers (sandbox/cookies.ts: the first of two
  // same-named cookies wins), never Next's cookies(), which keeps the last.
  const jar = parseCookies(head.get('cookie'));
  // Without a sandbox of its own the visitor gets a throwaway one: real time, default settings.
  let sandbox: Awaited<ReturnType<typeof peekSandbox>>;
  try {
    sandbox = await peekSandbox(jar.get(sandboxCookieName(secure)));
  } catch (err) {
    // The store is down (Redis): the page says so instead of failing.
    if (err instanceof SandboxError) return { ok: false, error: err.code, message: err.message };
    throw err;
  }
  let token: string | undefined;
  try {
    token = readCookie(jar, cookieName('access', secure));
  } catch (err) {
    if (err instanceof SandboxError) return { ok: false, error: err.code, message: err.message };
    throw err;
  }
  let result: SessionCheck;
  if (!token) {
    result = { ok: false, error: 'no_session', message: 'There is no access cookie.' };
  } else {
    const check = await checkAccessToken(sandbox, token);
    result = check.ok
      ? { ok: true, user: check.user, expiresAt: Number(check.payload.exp), now: sandbox.now() }
      : { ok: false, error: check.error.code, message: check.error.message, ...(check.error.jose ? { jose: check.error.jose } : {}) };
    if (sandbox.stored) {
      await recordEvent(sandbox, {
        sandboxTime: sandbox.now(),
        method: 'GET',
        path: '/sandbox/account',
        status: 200,
        ...(check.ok ? {} : { error: check.error.code }),
        setCookies: [],
        verdict: check.verdict,
        source: check.source,
      });
    }
  }
  return result;
});
