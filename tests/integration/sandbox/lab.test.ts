// The tamper lab's two extra questions, over HTTP against the real server:
// specimens (the reader's token re-signed with one wrong claim) and the replay
// of a copied access token, judged as GET /me would judge it.
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

type Lab = { valid: boolean; jose?: string; token?: string; checks: { name: string; ok: boolean; code?: string }[] };

describe('POST /api/sandbox/verify {specimen}', () => {
  it('re-signs the access cookie with one wrong claim, and jose refuses it for that claim', async () => {
    const client = new SandboxClient();
    await client.login();
    const expected = { expired: 'ERR_JWT_EXPIRED', 'not-yet-valid': 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'wrong-issuer': 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'wrong-audience': 'ERR_JWT_CLAIM_VALIDATION_FAILED' };
    for (const [specimen, jose] of Object.entries(expected)) {
      const lab = await client.post<Lab>('verify', { specimen });
      expect({ specimen, status: lab.status, valid: lab.body.valid, jose: lab.body.jose }).toEqual({ specimen, status: 200, valid: false, jose });
      expect(lab.body.checks.find((c) => c.name === 'signature')?.ok).toBe(true);
      // Worthless as a cookie too.
      const thief = new SandboxClient();
      thief.jar.set('sandbox-access', lab.body.token!);
      expect((await thief.get('me')).status).toBe(401);
    }
  });

  it('makes none without a good access cookie, and refuses an unknown defect', async () => {
    const client = new SandboxClient();
    expectError(await client.post('verify', { specimen: 'expired' }), 401, 'no_session');
    await client.login();
    expectError(await client.post('verify', { specimen: 'valid-for-ever' }), 400, 'bad_request');
  });
});

describe('POST /api/sandbox/verify {token, asMe: true}', () => {
  it('answers 200 after logout in stateless mode, and 401 revoked in stateful mode', async () => {
    for (const [mode, status, code] of [['stateless', 200, undefined], ['stateful', 401, 'revoked']] as const) {
      const client = new SandboxClient();
      await client.post('settings', { mode });
      await client.login();
      const copied = client.accessToken!;
      expect((await client.post('verify', { token: copied, asMe: true })).status).toBe(200);
      await client.post('logout');
      expect(client.accessToken).toBeUndefined();
      const replay = await client.post<{ user?: { email: string }; error?: string }>('verify', { token: copied, asMe: true });
      expect({ mode, status: replay.status, error: replay.body.error }).toEqual({ mode, status, error: code });
      if (status === 200) expect(replay.body.user?.email).toBe('ada@example.com');
    }
  });
});
