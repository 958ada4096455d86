// POST /api/sandbox/verify {token, kind?: "access" | "refresh"} → 200 {valid, checks, header, payload}:
// the tamper lab. It verifies with the sandbox key and clock and sets nothing.
import { choiceField, tokenField } from '../body';
import { SandboxError } from '../errors';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { runTamperLab } from '../tamper-lab';

export const verify = route({ method: 'POST', record: true }, async (ctx) => {
  const token = tokenField(ctx.body);
  if (token === undefined) throw new SandboxError('bad_request', 'Send {"token": "…"} to verify.');
  const kind = choiceField(ctx.body, 'kind', ['access', 'refresh'] as const);
  const result = await runTamperLab(token, kind, ctx.sandbox.now());
  const verdict = { ok: result.valid, ...(result.error ? { error: result.error } : {}), ...(result.jose ? { jose: result.jose } : {}) };
  ctx.trace(result.valid ? SOURCES.verify : SOURCES.errors, verdict);
  return json(result);
});
