// The user an access token speaks for, read from its (already verified) claims.
import type { JWTPayload } from 'jose';
import type { Role, User } from './users';

export function userFromClaims(payload: JWTPayload): User {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const role: Role = payload.role === 'admin' ? 'admin' : 'user';
  return { id: text(payload.sub), email: text(payload.email), name: text(payload.name), role };
}
