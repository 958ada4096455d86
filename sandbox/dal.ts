// The Data Access Layer for pages: the one place a server component asks "who is
// signed in?". Unlike the proxy it verifies the token for real, with the key, the
// sandbox clock and (stateful mode) the session record. React's cache() runs it
// once per request however many components ask.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { checkAccessToken } from './access';
import { LIMITS } from './config';
import type { ErrorCode } from './errors';
import { recordEvent } from './events';
import { servedOverHttps } from './https';
import { findSandbox, sandboxCookieName, transientSandbox } from './sandbox-id';
import { cookieName } from './session';
import type { User } from './users';

export type SessionCheck =
  | { ok: true; user: User; expiresAt: number; now: number }
  | { ok: false; error: ErrorCode; jose?: string; message: string };

export const verifySession = cache(async (): Promise<SessionCheck> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const secure = servedOverHttps(head.get('x-forwarded-proto'));
  // Without a sandbox of its own the visitor gets a throwaway one: real time, default settings.
  const sandbox = (await findSandbox(jar.get(sandboxCookieName(secure))?.value)) ?? transientSandbox();
  const token = jar.get(cookieName('access', secure))?.value;
  let result: SessionCheck;
  if (!token) {
    result = { ok: false, error: 'no_session', message: 'There is no access cookie.' };
  } else if (token.length > LIMITS.cookieBytes) {
    result = { ok: false, error: 'bad_request', message: 'The access cookie is larger than any token we issue.' };
  } else {
    const check = await checkAccessToken(sandbox, token);
    result = check.ok
      ? { ok: true, user: check.user, expiresAt: Number(check.payload.exp), now: sandbox.now() }
      : { ok: false, error: check.error.code, message: check.error.message, ...(check.error.jose ? { jose: check.error.jose } : {}) };
    if (!sandbox.isNew) {
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
