// Checking an access token the way every reader of it must (me, state, the
// account page): jose verifies it on the sandbox clock, and in stateful mode
// the session record must still be open too.
import type { JWTPayload, JWTHeaderParameters } from 'jose';
import { userFromClaims } from './claims';
import { SandboxError } from './errors';
import { SOURCES, type Source, type Verdict } from './events';
import { isFamilyOpen } from './refresh';
import type { Sandbox } from './sandbox-id';
import { rejection } from './session';
import type { User } from './users';
import { verifyAccessToken } from './verified-tokens';

export type AccessCheck =
  | { ok: true; user: User; header: JWTHeaderParameters; payload: JWTPayload; source: Source; verdict: Verdict }
  | { ok: false; error: SandboxError; source: Source; verdict: Verdict };

export async function checkAccessToken(sandbox: Sandbox, token: string): Promise<AccessCheck> {
  let verified: Awaited<ReturnType<typeof verifyAccessToken>>;
  try {
    verified = await verifyAccessToken(token, sandbox.now());
  } catch (err) {
    const error = rejection(err);
    return { ok: false, error, source: SOURCES.errors, verdict: verdictOf(error) };
  }
  // Bound to the sandbox that issued it: another sandbox (a reset, a dropped cookie,
  // another browser) has another clock and another mode, so the token is worth nothing there.
  if (verified.payload.sbx !== sandbox.tag) {
    const error = new SandboxError('invalid_token', 'The token verifies, but it belongs to another sandbox.');
    return { ok: false, error, source: SOURCES.verify, verdict: verdictOf(error) };
  }
  // Stateless mode trusts the signature until exp; stateful mode also asks the session record.
  // The token's own mode counts: switching the sandbox to stateless later does not free it.
  const stateful = verified.payload.mode === 'stateful' || sandbox.settings.mode === 'stateful';
  if (stateful && !(await isFamilyOpen(sandbox, verified.payload.sid))) {
    const error = new SandboxError('revoked', 'The token verifies, but its session was revoked (stateful mode).');
    return { ok: false, error, source: SOURCES.revoke, verdict: verdictOf(error) };
  }
  const { header, payload } = verified;
  return { ok: true, user: userFromClaims(payload), header, payload, source: SOURCES.verify, verdict: { ok: true } };
}

export function verdictOf(error: SandboxError): Verdict {
  return { ok: false, error: error.code, ...(error.jose ? { jose: error.jose } : {}) };
}
