// The heart of the sandbox: sign a short-lived token, carry it in a cookie page
// scripts cannot read, and verify it trusting nothing the token says about itself.
import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';
import { checkLifetime } from './claims';
import { AUDIENCE, ISSUER, REFRESH_COOKIE_PATH } from './config';
import { SandboxError } from './errors';
// #region key
// SESSION_SECRET (at least 32 bytes) becomes one CryptoKey per process, imported
// once and cached: requests never touch the raw secret or pay to import it again.
import { sessionKey } from './key';
// #endregion

export type TokenKind = 'access' | 'refresh';
/** Explicit typing (RFC 8725): a refresh token can never pass for an access token. */
export const TOKEN_TYPE = { access: 'at+jwt', refresh: 'rt+jwt' } as const;

// #region sign
export async function signToken(kind: TokenKind, sub: string, claims: JWTPayload, now: number, ttl: number) {
  const jti = crypto.randomUUID(); // a unique id, so a refresh token can be spent exactly once
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: TOKEN_TYPE[kind] })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(sub)
    .setJti(jti)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(await sessionKey());
  return { token, jti, exp: now + ttl };
}
// #endregion

// #region cookie
// HttpOnly: page scripts cannot read it. SameSite=Lax: cross-site POSTs go without it.
// Over HTTPS the name's prefix makes the browser insist on Secure (and on Path=/ for __Host-).
export function cookieName(kind: TokenKind, secure: boolean): string {
  return `${secure ? (kind === 'access' ? '__Host-' : '__Secure-') : ''}sandbox-${kind}`;
}

export function sessionCookie(kind: TokenKind, token: string, maxAge: number, secure: boolean): string {
  const path = kind === 'access' ? '/' : REFRESH_COOKIE_PATH; // the refresh token goes to one route only
  const flags = ['HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  return [`${cookieName(kind, secure)}=${token}`, `Path=${path}`, `Max-Age=${maxAge}`, ...flags].join('; ');
}
// #endregion

// #region verify
export async function verifyToken(kind: TokenKind, token: string, now: number) {
  const { payload, protectedHeader } = await jwtVerify(token, await sessionKey(), {
    algorithms: ['HS256'], // pinned: no alg "none", no HS512, no RS256 public key posing as a secret
    issuer: ISSUER,
    audience: AUDIENCE,
    typ: TOKEN_TYPE[kind],
    requiredClaims: ['sub', 'jti', 'iat', 'exp'], // without exp a token would never expire
    currentDate: new Date(now * 1000), // the sandbox clock, which only moves forward
  });
  checkLifetime(kind, payload, now); // jose takes 1e309 as a time: see claims.ts
  return { payload, header: protectedHeader };
}
// #endregion

// #region errors
// jose's errors are not one tree (JWTExpired is no claim failure): branch on `code`.
// With the algorithm pinned a TypeError can only be our own key's bug: rethrown, a logged 500.
export function rejection(err: unknown): SandboxError {
  if (!(err instanceof errors.JOSEError)) throw err;
  if (err.code === 'ERR_JWT_EXPIRED') return new SandboxError('token_expired', 'The token has expired.', err.code);
  return new SandboxError('invalid_token', `The token was rejected: ${err.message}`, err.code);
}
// #endregion
