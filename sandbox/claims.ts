// What a verified token's claims say: the user it speaks for, and whether its times are ours.
import { errors, type JWTPayload } from 'jose';
import { CLOCK_SKEW_SECONDS, SETTINGS_BOUNDS } from './config';
import type { Role, User } from './users';

export function userFromClaims(payload: JWTPayload): User {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const role: Role = payload.role === 'admin' ? 'admin' : 'user';
  return { id: text(payload.sub), email: text(payload.email), name: text(payload.name), role };
}

/** The longest life we ever sign for each kind: a token claiming more was not made by us. */
const MAX_TTL = { access: SETTINGS_BOUNDS.accessTtl[1], refresh: SETTINGS_BOUNDS.refreshTtl[1] } as const;

/**
 * What jose does not check about time: it takes any number (1e309 is Infinity,
 * which never expires) and a future iat. Ours are whole seconds, issued by now,
 * for no longer than we ever sign.
 */
export function checkLifetime(kind: 'access' | 'refresh', payload: JWTPayload, now: number): void {
  const { iat, exp, nbf } = payload;
  // jose's own error, so every caller reports it as jose reports a bad claim.
  const refuse = (message: string, claim: string) => new errors.JWTClaimValidationFailed(message, payload, claim, 'check_failed');
  for (const [claim, value] of Object.entries({ iat, exp, nbf })) {
    if (value !== undefined && !Number.isSafeInteger(value)) throw refuse(`"${claim}" must be whole seconds`, claim);
  }
  if (iat! > now + CLOCK_SKEW_SECONDS) throw refuse('"iat" is in the future', 'iat');
  if (exp! - iat! > MAX_TTL[kind]) throw refuse(`the token claims to live longer than any ${kind} token we sign`, 'exp');
}
