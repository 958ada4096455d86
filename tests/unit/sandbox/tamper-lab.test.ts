import { beforeEach, describe, expect, it } from 'vitest';
import { runTamperLab } from '@/sandbox/tamper-lab';
import { editPayload, forge, guessedKey, unsigned } from '../../integration/support/forge';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

const failing = (result: Awaited<ReturnType<typeof runTamperLab>>) =>
  result.checks.filter((c) => !c.ok).map((c) => `${c.name}:${c.code}`);

describe('the tamper lab', () => {
  it('passes every check for a good token', async () => {
    const result = await runTamperLab(await forge({ now: world.seconds() }), 'access', world.seconds());
    expect(result.valid).toBe(true);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual([
      'format', 'algorithm', 'signature', 'type', 'issuer', 'audience', 'required claims', 'expiry', 'not before',
    ]);
    expect(result.header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(result.payload?.sub).toBe('ada');
  });

  it('names the failing check and jose code for each tampering', async () => {
    const now = world.seconds();
    const good = await forge({ now });
    const cases: [string, string, string[]][] = [
      [editPayload(good, { role: 'admin' }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', ['signature:ERR_JWS_SIGNATURE_VERIFICATION_FAILED']],
      [unsigned(good), 'ERR_JOSE_ALG_NOT_ALLOWED', ['algorithm:ERR_JOSE_ALG_NOT_ALLOWED', 'signature:ERR_JOSE_ALG_NOT_ALLOWED']],
      [await forge({ now, alg: 'HS512' }), 'ERR_JOSE_ALG_NOT_ALLOWED', ['algorithm:ERR_JOSE_ALG_NOT_ALLOWED', 'signature:ERR_JOSE_ALG_NOT_ALLOWED']],
      [await forge({ now, key: guessedKey }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', ['signature:ERR_JWS_SIGNATURE_VERIFICATION_FAILED']],
      [await forge({ now: now - 120 }), 'ERR_JWT_EXPIRED', ['expiry:ERR_JWT_EXPIRED']],
      [await forge({ now, omit: ['exp'] }), 'ERR_JWT_CLAIM_VALIDATION_FAILED', ['required claims:ERR_JWT_CLAIM_VALIDATION_FAILED', 'expiry:ERR_JWT_CLAIM_VALIDATION_FAILED']],
      [await forge({ now, typ: 'rt+jwt' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED', ['type:ERR_JWT_CLAIM_VALIDATION_FAILED']],
      [await forge({ now, claims: { nbf: now + 60 } }), 'ERR_JWT_CLAIM_VALIDATION_FAILED', ['not before:ERR_JWT_CLAIM_VALIDATION_FAILED']],
    ];
    for (const [token, jose, checks] of cases) {
      const result = await runTamperLab(token, 'access', now);
      expect({ valid: result.valid, jose: result.jose, failing: failing(result) }).toEqual({ valid: false, jose, failing: checks });
    }
  });

  it('never throws on garbage, and says it cannot be parsed', async () => {
    for (const token of ['', 'garbage', 'a.b', 'a.b.c', '...', '\u0000.\uffff.x', 'eyJ.eyJ.sig']) {
      const result = await runTamperLab(token, 'access', world.seconds());
      expect(result.valid).toBe(false);
      expect(result.jose).toBe('ERR_JWS_INVALID');
      expect(result.checks[0]).toMatchObject({ name: 'format', ok: false });
      expect(result.checks.slice(1).every((c) => !c.ok && c.detail.startsWith('Not checked'))).toBe(true);
    }
  });

  it('checks a refresh token as a refresh token when asked', async () => {
    const token = await forge({ now: world.seconds(), typ: 'rt+jwt' });
    expect((await runTamperLab(token, 'refresh', world.seconds())).valid).toBe(true);
    expect(failing(await runTamperLab(token, 'access', world.seconds()))).toEqual(['type:ERR_JWT_CLAIM_VALIDATION_FAILED']);
  });
});
