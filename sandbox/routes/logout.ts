// POST /api/sandbox/logout → 200: both cookies cleared, this sandbox's refresh
// families revoked. In stateless mode a copied access token still works until
// its exp (nothing on the server is asked); in stateful mode it stops at once.
import { SOURCES } from '../events';
import { json, route } from '../http';
import { revokeSandboxFamilies } from '../refresh';
import { clearSessionCookies } from '../session-cookies';

export const logout = route({ method: 'POST', record: true }, async (ctx) => {
  await revokeSandboxFamilies(ctx.sandbox, 'logout');
  clearSessionCookies(ctx);
  ctx.trace(SOURCES.revoke);
  return json({ ok: true });
});
