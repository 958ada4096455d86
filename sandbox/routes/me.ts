// GET /api/sandbox/me → 200 {user, token: {header, payload}} when the access cookie
// verifies; 401 no_session, invalid_token, token_expired or (stateful mode) revoked.
import { checkAccessToken } from '../access';
import { SandboxError } from '../errors';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { cookieName } from '../session';

export const me = route({ method: 'GET', record: true }, async (ctx) => {
  const token = ctx.cookie(cookieName('access', ctx.secure));
  if (!token) {
    ctx.trace(SOURCES.cookie);
    throw new SandboxError('no_session', 'No access cookie: log in first.');
  }
  const check = await checkAccessToken(ctx.sandbox, token);
  ctx.trace(check.source, check.verdict);
  if (!check.ok) throw check.error;
  return json({ user: check.user, token: { header: check.header, payload: check.payload } });
});
