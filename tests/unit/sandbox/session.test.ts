import { beforeEach, describe, expect, it } from 'vitest';
import { SandboxError } from '@/sandbox/errors';
import { cookieName, rejection, sessionCookie, signToken, verifyToken } from '@/sandbox/session';
import { algorithmConfusion, editPayload, forge, forgeRaw, guessedKey, rs256Token, unsigned } from '../../integration/support/forge';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

/** The SandboxError verification ends in, or a failure if it passed. */
async function refusal(token: string, kind: 'access' | 'refresh' = 'access'): Promise<SandboxError> {
  const result = await verifyToken(kind, token, world.seconds()).then(() => undefined, rejection);
  if (!result) throw new Error('expected the token to be refused');
  return result;
}

describe('signing and verifying', () => {
  it('signs HS256 with typ, iss, aud, sub, jti, iat and exp, and verifies it on the same clock', async () => {
    const now = world.seconds();
    const { token, jti, exp } = await signToken('access', 'ada', { role: 'user' }, now, 30);
    const { header, payload } = await verifyToken('access', token, now + 29);
    expect(header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: 'ada', role: 'user', jti, iat: now, exp, iss: 'urn:stepwise:sandbox', aud: 'urn:stepwise:sandbox:api' });
    expect(exp).toBe(now + 30);
  });

  it('gives every token its own jti', async () => {
    const a = await signToken('access', 'ada', {}, world.seconds(), 30);
    const b = await signToken('access', 'ada', {}, world.seconds(), 30);
    expect(a.jti).not.toBe(b.jti);
  });

  it('treats the token as expired from exp on, by the clock it is given', async () => {
    const now = world.seconds();
    const { token } = await signToken('access', 'ada', {}, now, 30);
    const err = await verifyToken('access', token, now + 30).then(() => undefined, rejection);
    expect(err?.code).toBe('token_expired');
    expect(err?.jose).toBe('ERR_JWT_EXPIRED');
  });
});

describe('every way jose refuses a token', () => {
  const cases: [string, () => Promise<string> | string, string, string][] = [
    ['garbage', () => 'not-a-token', 'invalid_token', 'ERR_JWS_INVALID'],
    ['an empty string', () => '', 'invalid_token', 'ERR_JWS_INVALID'],
    ['two parts', async () => (await forge()).split('.').slice(0, 2).join('.'), 'invalid_token', 'ERR_JWS_INVALID'],
    ['an edited payload', async () => editPayload(await forge(), { role: 'admin' }), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['alg none', async () => unsigned(await forge()), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
    ['HS512 with the real key', () => forge({ alg: 'HS512' }), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
    ['RS256 signed', () => rs256Token(), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
    ['RS256→HS256 confusion', () => algorithmConfusion(), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['a guessed secret', () => forge({ key: guessedKey }), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['expired', () => forge({ now: world.seconds() - 120, ttl: 60 }), 'token_expired', 'ERR_JWT_EXPIRED'],
    ['a future nbf', () => forge({ claims: { nbf: world.seconds() + 60 } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['a wrong issuer', () => forge({ claims: { iss: 'https://evil.example' } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['a wrong audience', () => forge({ claims: { aud: 'someone-else' } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['no exp', () => forge({ omit: ['exp'] }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['no jti', () => forge({ omit: ['jti'] }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['no typ', () => forge({ typ: null }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['a refresh token used as an access token', () => forge({ typ: 'rt+jwt' }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ];

  it.each(cases.map(([name, make, code, jose]) => ({ name, make, code, jose })))('$name → $code ($jose)', async ({ make, code, jose }) => {
    const err = await refusal(await make());
    expect(err.code).toBe(code);
    expect(err.jose).toBe(jose);
    expect(err.status).toBe(401);
  });

  it('refuses an access token presented as a refresh token', async () => {
    const err = await refusal(await forge(), 'refresh');
    expect([err.code, err.jose]).toEqual(['invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED']);
  });

  it('accepts a forged token signed with the real key: the key is the whole secret', async () => {
    const { payload } = await verifyToken('access', await forge({ claims: { role: 'admin' }, now: world.seconds() }), world.seconds());
    expect(payload.role).toBe('admin');
  });

  it('rethrows a TypeError (with the algorithm pinned, only our own key can cause one): a bug, never a 401', () => {
    expect(() => rejection(new TypeError('key type mismatch'))).toThrow(TypeError);
    expect(() => rejection(new Error('SESSION_SECRET is not set'))).toThrow('SESSION_SECRET');
  });

  const now = () => world.seconds();
  const times: [string, () => Promise<string>][] = [
    ['exp: 1e309 (Infinity)', async () => forgeRaw({ exp: '1e309' }, now())],
    ['a fractional exp', async () => forge({ now: now(), claims: { exp: now() + 10.5 } })],
    ['an exp past 2^53', async () => forge({ now: now(), claims: { exp: 2 ** 53 + 2 } })],
    ['an iat in the future', async () => forge({ now: now() + 3600 })],
    ['a life longer than any access token we sign', async () => forge({ now: now(), ttl: 3600 * 24 * 400 })],
  ];
  it.each(times)('refuses %s, signed with the real key, as invalid_token', async (_name, make) => {
    const err = await refusal(await make());
    expect([err.code, err.status]).toEqual(['invalid_token', 401]);
  });
});

describe('cookies', () => {
  it('on http: plain names, HttpOnly, SameSite=Lax, no Secure; the refresh cookie scoped to its route', () => {
    expect(sessionCookie('access', 'a.b.c', 300, false)).toBe('sandbox-access=a.b.c; Path=/; Max-Age=300; HttpOnly; SameSite=Lax');
    expect(sessionCookie('refresh', 'r.s.t', 300, false)).toBe(
      'sandbox-refresh=r.s.t; Path=/api/sandbox/refresh; Max-Age=300; HttpOnly; SameSite=Lax',
    );
  });

  it('on https: __Host- for the access cookie (Path=/), __Secure- for the refresh cookie, both Secure', () => {
    expect(cookieName('access', true)).toBe('__Host-sandbox-access');
    expect(cookieName('refresh', true)).toBe('__Secure-sandbox-refresh');
    expect(sessionCookie('access', 'a.b.c', 30, true)).toBe('__Host-sandbox-access=a.b.c; Path=/; Max-Age=30; HttpOnly; SameSite=Lax; Secure');
    expect(sessionCookie('refresh', '', 0, true)).toBe(
      '__Secure-sandbox-refresh=; Path=/api/sandbox/refresh; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });
});
