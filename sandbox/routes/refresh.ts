// POST /api/sandbox/refresh → 200 {user} with a new access and refresh cookie;
// the presented refresh token is spent. 401 no_refresh_token, invalid_token,
// refresh_reuse_detected or session_expired (the last two also clear the cookies).
// The token comes from the refresh cookie, or from {"token": "…"} in the body:
// that is how the sandbox page replays an old token it cannot put in a cookie.
import { tokenField } from '../body';
import { SandboxError } from '../errors';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { rotate } from '../refresh';
import { clearSessionCookies, setSessionCookies } from '../session-cookies';
import { cookieName } from '../session';

const ENDS_THE_SESSION = new Set(['refresh_reuse_detected', 'session_expired']);

export const refresh = route({ method: 'POST', record: true }, async (ctx) => {
  const replayed = tokenField(ctx.body);
  const token = replayed ?? ctx.cookie(cookieName('refresh', ctx.secure));
  if (!token) {
    ctx.trace(SOURCES.cookie);
    throw new SandboxError('no_refresh_token', 'No refresh token: log in first.');
  }
  try {
    // Two tabs refreshing at once send the cookie; a replay from the body is the lesson's attack: no grace.
    const session = await rotate(ctx.sandbox, token, { grace: replayed === undefined });
    setSessionCookies(ctx, session);
    ctx.trace(SOURCES.rotate, { ok: true });
    return json({ user: session.user });
  } catch (err) {
    if (err instanceof SandboxError) {
      if (ENDS_THE_SESSION.has(err.code)) clearSessionCookies(ctx);
      const source = err.code === 'refresh_reuse_detected' ? SOURCES.reuse : err.code === 'session_expired' ? SOURCES.timeouts : SOURCES.errors;
      ctx.trace(source, { ok: false, error: err.code, ...(err.jose ? { jose: err.jose } : {}) });
    }
    throw err;
  }
});
