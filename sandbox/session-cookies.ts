// Putting an issued session into cookies, and taking it out again.
import type { RouteContext } from './http';
import type { IssuedSession } from './refresh';
import { sessionCookie } from './session';

/**
 * Both cookies live as long as the session's refresh token: the access cookie
 * outlives its token on purpose, so the server (not the browser) decides that the
 * token expired and says token_expired, which is what tells a client to refresh.
 */
export function setSessionCookies(ctx: RouteContext, session: IssuedSession): void {
  const maxAge = Math.max(0, session.refresh.exp - session.issuedAt);
  ctx.setCookie(sessionCookie('access', session.access.token, maxAge, ctx.secure));
  ctx.setCookie(sessionCookie('refresh', session.refresh.token, maxAge, ctx.secure));
}

export function clearSessionCookies(ctx: RouteContext): void {
  ctx.setCookie(sessionCookie('access', '', 0, ctx.secure));
  ctx.setCookie(sessionCookie('refresh', '', 0, ctx.secure));
}
