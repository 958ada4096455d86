// POST /api/sandbox/login {email, password} → 200 {user}, with access and refresh cookies,
// and a device cookie that lets this browser's later logins count on their own (../device.ts).
import { z } from 'zod';
import { deviceCookie, deviceCookieName, readDevice, vouchesFor } from '../device';
import { SandboxError } from '../errors';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { clearLoginAttempts, clientKey, countLoginAttempt } from '../rate-limit';
import { startFamily } from '../refresh';
import { setSessionCookies } from '../session-cookies';
import { checkPassword } from '../users';

const credentials = z.object({ email: z.string().max(254), password: z.string().max(256) });

export const login = route({ method: 'POST', record: true }, async (ctx) => {
  const parsed = credentials.safeParse(ctx.body);
  if (!parsed.success) throw new SandboxError('bad_request', 'Send {"email": "…", "password": "…"} as strings.');
  // A browser that has logged in to this account before counts on its own; anyone else as clientKey says.
  const device = await readDevice(ctx.cookie(deviceCookieName(ctx.secure)));
  const client = vouchesFor(device, parsed.data.email) ? `device:${device.id}` : clientKey(ctx.request);
  ctx.trace(SOURCES.rateLimit);
  await countLoginAttempt(client, parsed.data.email);
  ctx.trace(SOURCES.password);
  const user = await checkPassword(parsed.data.email, parsed.data.password);
  // One body for an unknown email and a wrong password: the answer must not tell which.
  if (!user) throw new SandboxError('invalid_credentials', 'Wrong email or password.');
  await clearLoginAttempts(client, parsed.data.email);
  const session = await startFamily(ctx.sandbox, user);
  setSessionCookies(ctx, session);
  ctx.setCookie(await deviceCookie(device, user.email, ctx.secure));
  ctx.trace(SOURCES.sign);
  return json({ user });
});
