// Every forgery against the real server: as the access cookie at /me, and in the tamper lab.
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect-error';
import { algorithmConfusion, editPayload, forge, guessedKey, rs256Token, tagOf, unsigned } from '../support/forge';
import { SandboxClient } from '../support/sandbox-client';

const now = () => Math.floor(Date.now() / 1000);

/** /me with `token` as the access cookie, in a fresh sandbox. */
async function meWith(token: string) {
  const client = new SandboxClient();
  client.jar.set('sandbox-access', token);
  return client.get('me');
}

const forgeries: [string, () => Promise<string> | string, string, string][] = [
  ['garbage', () => 'garbage', 'invalid_token', 'ERR_JWS_INVALID'],
  ['two parts', async () => (await forge()).split('.').slice(0, 2).join('.'), 'invalid_token', 'ERR_JWS_INVALID'],
  ['an edited payload (role → admin)', async () => editPayload(await forge(), { role: 'admin' }), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  ['alg none', async () => unsigned(await forge()), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  ['HS512 with the real key', () => forge({ alg: 'HS512' }), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  ['RS256', () => rs256Token(), 'invalid_token', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  ['RS256→HS256 confusion', () => algorithmConfusion(), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  ['a guessed secret', () => forge({ key: guessedKey }), 'invalid_token', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  ['expired', () => forge({ now: now() - 120, ttl: 60 }), 'token_expired', 'ERR_JWT_EXPIRED'],
  ['a future nbf', () => forge({ claims: { nbf: now() + 600 } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ['a wrong issuer', () => forge({ claims: { iss: 'https://evil.example' } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ['a wrong audience', () => forge({ claims: { aud: 'another-api' } }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ['no exp', () => forge({ omit: ['exp'] }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ['a refresh token', () => forge({ typ: 'rt+jwt' }), 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
];

describe('GET /api/sandbox/me', () => {
  it('without a cookie → 401 no_session', async () => {
    expectError(await new SandboxClient().get('me'), 401, 'no_session');
  });

  it('with a real session → 200 {user, token}', async () => {
    const client = new SandboxClient();
    expect((await client.login()).status).toBe(200);
    const me = await client.get<{ user: unknown; token: { header: unknown; payload: Record<string, unknown> } }>('me');
    expect(me.status).toBe(200);
    expect(me.body.user).toEqual({ id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' });
    expect(me.body.token.header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(me.body.token.payload).toMatchObject({ sub: 'ada', iss: 'urn:stepwise:sandbox', aud: 'urn:stepwise:sandbox:api' });
  });


  it.each(forgeries.map(([name, make, error, jose]) => ({ name, make, error, jose })))(
    '$name → 401 $error ($jose)',
    async ({ make, error, jose }) => {
      expectError(await meWith(await make()), 401, error, jose);
    },
  );

  it('an empty access cookie counts as none → 401 no_session', async () => {
    expectError(await meWith(''), 401, 'no_session');
  });

  it('the real refresh token, presented as the access cookie → 401 invalid_token', async () => {
    const client = new SandboxClient();
    await client.login();
    client.jar.set('sandbox-access', client.refreshToken!);
    expectError(await client.get('me'), 401, 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('a token signed with the real key for this sandbox passes: the key is the whole secret (stateless mode)', async () => {
    const client = new SandboxClient();
    await client.post('settings', {});
    client.jar.set('sandbox-access', await forge({ claims: { role: 'admin', sbx: tagOf(client.jar.get('sandbox-id')!) } }));
    const me = await client.get('me');
    expect(me.status).toBe(200);
    expect((me.body.user as { role: string }).role).toBe('admin');
  });

  it('an access cookie over 4 KB → 400 bad_request', async () => {
    expectError(await meWith(`${await forge()}${'A'.repeat(4200)}`), 400, 'bad_request');
  });
});

describe('POST /api/sandbox/refresh with the wrong kind of token', () => {
  it('the access token as the refresh token → 401 invalid_token', async () => {
    const client = new SandboxClient();
    await client.login();
    expectError(await client.post('refresh', { token: client.accessToken }), 401, 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
    client.jar.set('sandbox-refresh', client.accessToken!, '/api/sandbox/refresh');
    expectError(await client.post('refresh'), 401, 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('no refresh token at all → 401 no_refresh_token', async () => {
    expectError(await new SandboxClient().post('refresh'), 401, 'no_refresh_token');
  });
});

describe('POST /api/sandbox/verify (the tamper lab)', () => {
  type Lab = { valid: boolean; jose?: string; checks: { name: string; ok: boolean; code?: string }[]; header: unknown; payload: unknown };

  it('reports each forgery with the failing check and jose code, and sets no cookie', async () => {
    const client = new SandboxClient();
    await client.post('settings', {}); // make the sandbox first (a read does not), so the lab's answer has no Set-Cookie at all
    for (const [, make, , jose] of forgeries) {
      const lab = await client.post<Lab>('verify', { token: await make() });
      expect(lab.status).toBe(200);
      expect({ valid: lab.body.valid, jose: lab.body.jose }).toEqual({ valid: false, jose });
      expect(lab.body.checks.some((c) => !c.ok && c.code === jose)).toBe(true);
      expect(lab.headers.getSetCookie()).toEqual([]);
    }
  });

  it('shows the decoded header and payload, and passes a good token', async () => {
    const client = new SandboxClient();
    const token = await forge();
    const lab = await client.post<Lab>('verify', { token });
    expect(lab.body.valid).toBe(true);
    expect(lab.body.header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(lab.body.payload).toMatchObject({ sub: 'ada', role: 'user' });
  });

  it('decodes garbage without a 500', async () => {
    const client = new SandboxClient();
    for (const token of ['', '.', 'a.b', '\u2603.\u2603.\u2603']) {
      const lab = await client.post<Lab>('verify', { token });
      expect(lab.status).toBe(200);
      expect({ valid: lab.body.valid, jose: lab.body.jose }).toEqual({ valid: false, jose: 'ERR_JWS_INVALID' });
    }
    // A readable alg "none" header with a broken payload: jose refuses the algorithm before reading on.
    const lab = await client.post<Lab>('verify', { token: 'eyJhbGciOiJub25lIn0.eyJ.' });
    expect({ status: lab.status, valid: lab.body.valid, jose: lab.body.jose }).toEqual({ status: 200, valid: false, jose: 'ERR_JOSE_ALG_NOT_ALLOWED' });
    expect(lab.body.checks.find((c) => c.name === 'algorithm')).toMatchObject({ ok: false, code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('refuses a token over 4 KB, a missing token and a non-string token with 400 bad_request', async () => {
    const client = new SandboxClient();
    expectError(await client.post('verify', { token: 'a'.repeat(4097) }), 400, 'bad_request');
    expectError(await client.post('verify', {}), 400, 'bad_request');
    expectError(await client.post('verify', { token: 42 }), 400, 'bad_request');
    expectError(await client.post('verify', { token: 'x', kind: 'id' }), 400, 'bad_request');
  });
});
