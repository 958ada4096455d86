// POST /api/sandbox/verify — the tamper lab. It verifies with the sandbox key and clock and sets nothing.
//   {token, kind?: "access" | "refresh"} → 200 {valid, checks, header, payload}
//   {specimen: "expired" | "not-yet-valid" | "wrong-issuer" | "wrong-audience"} → the same for the
//     reader's access cookie re-signed with that defect (401 no_session without a good one), plus {token}
//   {token, asMe: true} → exactly what GET /me would answer with that token as its cookie
import { choiceField, tokenField } from '../body';
import { SandboxError } from '../errors';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { cookieName } from '../session';
import { replayAsMe, runTamperLab, specimenFrom, SPECIMENS } from '../tamper-lab';

const asMeField = (body: unknown): boolean => typeof body === 'object' && body !== null && (body as Record<string, unknown>).asMe === true;

export const verify = route({ method: 'POST', record: true }, async (ctx) => {
  const specimen = ctx.body && typeof ctx.body === 'object' && 'specimen' in ctx.body ? choiceField(ctx.body, 'specimen', SPECIMENS) : undefined;
  const token = specimen ? await specimenFrom(ctx.sandbox, ctx.cookie(cookieName('access', ctx.secure)), specimen) : tokenField(ctx.body);
  if (token === null) throw new SandboxError('no_session', 'A specimen starts from your access token: log in first.');
  if (token === undefined) throw new SandboxError('bad_request', 'Send {"token": "…"} to verify.');
  if (asMeField(ctx.body)) {
    const check = await replayAsMe(ctx.sandbox, token);
    ctx.trace(check.source, check.verdict);
    if (!check.ok) throw check.error;
    return json({ user: check.user, token: { header: check.header, payload: check.payload } });
  }
  const kind = choiceField(ctx.body, 'kind', ['access', 'refresh'] as const);
  const result = await runTamperLab(token, kind, ctx.sandbox.now());
  const verdict = { ok: result.valid, ...(result.error ? { error: result.error } : {}), ...(result.jose ? { jose: result.jose } : {}) };
  ctx.trace(result.valid ? SOURCES.verify : SOURCES.errors, verdict);
  return json(specimen ? { ...result, token } : result);
});
