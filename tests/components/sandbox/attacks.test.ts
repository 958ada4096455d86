import { describe, expect, it, vi } from 'vitest';
import { ATTACKS, changedFields, forge, hmac, STOPPING_LINE } from '@/lib/sandbox-client/attacks';
import { decodeJson, encodeJson } from '@/lib/sandbox-client/base64url';
import { crack, weakToken, WEAK_SECRET, WORDLIST } from '@/lib/sandbox-client/crack';
import { toCurl } from '@/lib/sandbox-client/curl';
import { CHECK_ORDER } from '@/sandbox/tamper-lab';

// RSA key generation takes a while on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const header = { alg: 'HS256', typ: 'at+jwt' };
const payload = { sub: 'ada', name: 'Zoë', role: 'user', iat: 1000, exp: 1030, jti: 'j' };
const access = `${encodeJson(header)}.${encodeJson(payload)}.c2lnbmF0dXJlLWJ5dGVz`;
const refresh = `${encodeJson({ alg: 'HS256', typ: 'rt+jwt' })}.${encodeJson({ sub: 'ada', gen: 1 })}.cmVmcmVzaA`;
const source = { access, refresh };

const parts = (token: string) => {
  const [h = '', p = '', s = ''] = token.split('.');
  return { header: decodeJson(h), payload: decodeJson(p), signature: s };
};
const made = async (id: Parameters<typeof forge>[0]) => (await forge(id, source))!.token;

describe('the tamper lab attacks', () => {
  it('edits the payload and keeps the old signature', async () => {
    const forged = parts(await made('claims-edited'));
    expect(forged.payload).toEqual({ ...payload, role: 'admin' });
    expect(forged.signature).toBe('c2lnbmF0dXJlLWJ5dGVz');
  });

  it('claims alg none with no signature, in every case variant and without the trailing dot', async () => {
    const forged = (await forge('alg-none', source))!;
    expect(forged.token.endsWith('.')).toBe(true);
    expect(parts(forged.token).header).toEqual({ ...header, alg: 'none' });
    expect(forged.variants?.map((v) => parts(v.token).header?.alg)).toEqual(['None', 'NONE', 'nOnE', 'none']);
    expect(forged.variants?.at(-1)?.token.split('.')).toHaveLength(2);
  });

  it('injects a jwk or a jku header with an RS256 signature of the attacker’s own', async () => {
    const jwk = parts(await made('jwk-injection'));
    expect(jwk.header).toMatchObject({ alg: 'RS256', jwk: { kty: 'RSA', e: 'AQAB' } });
    expect(jwk.signature).toMatch(/^[A-Za-z0-9_-]{342}$/);
    const jku = parts(await made('jku-injection'));
    expect(jku.header).toMatchObject({ alg: 'RS256', jku: 'https://attacker.example/.well-known/jwks.json' });
  });

  it('signs a kid path traversal with the empty key that /dev/null gives', async () => {
    const token = await made('kid-traversal');
    expect(parts(token).header?.kid).toBe('../../../../dev/null');
    const [h, p, s] = token.split('.');
    // HMAC pads keys with zeros: the empty key and one zero byte sign alike.
    const { createHmac } = await import('node:crypto');
    expect(s).toBe(createHmac('sha256', Buffer.alloc(0)).update(`${h}.${p}`).digest('base64url'));
  });

  it('signs HS256 with a public key PEM as the HMAC secret (algorithm confusion)', async () => {
    const forged = parts(await made('alg-confusion'));
    expect(forged.header).toEqual(header);
    expect(forged.signature).not.toBe('c2lnbmF0dXJlLWJ5dGVz');
  });

  it('sends the refresh token as an access token, a crit header, and garbage as it is', async () => {
    expect(await forge('typ-confusion', source)).toEqual({ token: refresh, kind: 'access' });
    expect(parts(await made('crit-header')).header).toMatchObject({ crit: ['x-attacker'], 'x-attacker': true });
    expect((await made('garbage')).split('.')).toHaveLength(1);
  });

  it('needs a token to start from, and leaves specimens to the server', async () => {
    const nothing = { access: null, refresh: null };
    for (const attack of ATTACKS) {
      const forged = await forge(attack.id, nothing);
      expect({ id: attack.id, made: forged !== null }).toEqual({ id: attack.id, made: attack.needs === 'nothing' });
    }
    for (const attack of ATTACKS.filter((a) => a.specimen)) expect(await forge(attack.id, source)).toBeNull();
  });

  it('names what a forgery changed', async () => {
    expect(changedFields(access, await made('claims-edited'))).toEqual({ header: [], payload: ['role'], signature: false });
    expect(changedFields(access, await made('alg-none'))).toEqual({ header: ['alg'], payload: [], signature: true });
  });

  it('knows the line of verify for every check jose makes', () => {
    expect(Object.keys(STOPPING_LINE)).toEqual([...CHECK_ORDER]);
  });
});

describe('the weak-secret demo', () => {
  it('cracks a token signed with the weak secret from the wordlist, and not a token with a random key', async () => {
    const weak = await weakToken(access);
    expect(parts(weak).payload).toEqual(payload);
    const cracked = await crack(weak);
    expect(cracked.found).toBe(WEAK_SECRET);
    expect(cracked.tried).toBe(WORDLIST.indexOf(WEAK_SECRET) + 1);
    const strong = `${encodeJson(header)}.${encodeJson(payload)}`;
    const ours = await crack(`${strong}.${await hmac(crypto.getRandomValues(new Uint8Array(32)), strong)}`);
    expect(ours).toMatchObject({ found: null, tried: WORDLIST.length });
  });
});

describe('copy as curl', () => {
  it('writes the method, URL, Origin, cookie placeholders and a quoted body', () => {
    const curl = toCurl({ method: 'POST', path: '/api/sandbox/refresh', origin: 'http://localhost:3000', secure: false, body: { token: "it's" } });
    expect(curl).toBe(
      [
        "curl -i -X POST 'http://localhost:3000/api/sandbox/refresh'",
        "-H 'Cookie: sandbox-id=<sandbox id>; sandbox-access=<access token>; sandbox-refresh=<refresh token>'",
        "-H 'Origin: http://localhost:3000'",
        "-H 'Content-Type: application/json'",
        `--data-raw '{"token":"it'\\''s"}'`,
      ].join(' \\\n  '),
    );
  });

  it('sends no body and no refresh cookie with a GET, and uses the prefixed names over HTTPS', () => {
    const curl = toCurl({ method: 'GET', path: '/api/sandbox/me', origin: 'https://stepwise.example', secure: true });
    expect(curl).toContain('__Host-sandbox-access=<access token>');
    expect(curl).not.toContain('refresh');
    expect(curl).not.toContain('--data-raw');
  });
});
