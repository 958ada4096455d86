import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '@/lib/sandbox-client/base64url';
import { toCurl } from '@/lib/sandbox-client/curl';
import { forge, PRESETS } from '@/lib/sandbox-client/tamper';

const header = { alg: 'HS256', typ: 'at+jwt' };
const payload = { sub: 'ada', name: 'Zoë', role: 'user', iat: 1000, exp: 1030, jti: 'j' };
const access = `${encodeJson(header)}.${encodeJson(payload)}.c2lnbmF0dXJlLWJ5dGVz`;
const refresh = `${encodeJson({ alg: 'HS256', typ: 'rt+jwt' })}.${encodeJson({ sub: 'ada', gen: 1 })}.cmVmcmVzaA`;
const source = { access, refresh, now: 1010 };

const parts = (token: string) => {
  const [h = '', p = '', s = ''] = token.split('.');
  return { header: decodeJson(h), payload: decodeJson(p), signature: s };
};

describe('the tamper lab forgeries', () => {
  it('edits the payload and keeps the old signature', async () => {
    const forged = parts((await forge('role-admin', source))!.token);
    expect(forged.payload).toEqual({ ...payload, role: 'admin' });
    expect(forged.signature).toBe('c2lnbmF0dXJlLWJ5dGVz');
  });

  it('claims alg none with no signature, or HS512', async () => {
    const none = (await forge('alg-none', source))!.token;
    expect(none.endsWith('.')).toBe(true);
    expect(parts(none).header).toEqual({ ...header, alg: 'none' });
    expect(parts((await forge('hs512', source))!.token).header).toEqual({ ...header, alg: 'HS512' });
  });

  it('moves exp into the past, or removes it', async () => {
    expect(parts((await forge('expired', source))!.token).payload).toMatchObject({ exp: 950 });
    expect(parts((await forge('missing-exp', source))!.token).payload).not.toHaveProperty('exp');
  });

  it('signs again with a key of its own', async () => {
    const forged = parts((await forge('wrong-secret', source))!.token);
    expect(forged.payload).toEqual(payload);
    expect(forged.signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(forged.signature).not.toBe('c2lnbmF0dXJlLWJ5dGVz');
  });

  it('sends the refresh token as an access token, and garbage as it is', async () => {
    expect(await forge('refresh-as-access', source)).toEqual({ token: refresh, kind: 'access' });
    expect((await forge('garbage', source))!.token.split('.')).toHaveLength(1);
  });

  it('needs a token to start from', async () => {
    const nothing = { access: null, refresh: null, now: 0 };
    for (const preset of PRESETS) {
      const forged = await forge(preset.id, nothing);
      expect(forged === null).toBe(preset.needs !== 'nothing');
    }
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
