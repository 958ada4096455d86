// POST /api/sandbox/reset → 200 {ok}: a fresh sandbox (new id, default settings,
// real-time clock, empty timeline). The old one's sessions are revoked and its
// cookies cleared; its state expires on its own.
import { json, route } from '../http';
import { revokeSandboxFamilies } from '../refresh';
import { createSandbox, sandboxIdCookie } from '../sandbox-id';
import { clearSessionCookies } from '../session-cookies';

export const reset = route({ method: 'POST', record: true }, async (ctx) => {
  await revokeSandboxFamilies(ctx.sandbox, 'reset');
  const fresh = await createSandbox();
  clearSessionCookies(ctx);
  ctx.setCookie(sandboxIdCookie(fresh.id, ctx.secure));
  return json({ ok: true });
});
