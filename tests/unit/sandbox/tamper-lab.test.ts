import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeSandboxFamilies, startFamily } from '@/sandbox/refresh';
import { saveSettings } from '@/sandbox/sandbox-id';
import { replayAsMe, runTamperLab, specimenFrom, SPECIMENS, type Specimen } from '@/sandbox/tamper-lab';
import { findUser } from '@/sandbox/users';
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
      'format', 'critical headers', 'algorithm', 'signature', 'type', 'required claims', 'issuer', 'audience', 'not before', 'expiry',
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

describe('the tamper lab follows jose', () => {
  const lab = (token: string, kind: 'access' | 'refresh' = 'access') => runTamperLab(token, kind, world.seconds());

  it('compares typ the way jose does: case-insensitive, application/ prefix allowed', async () => {
    for (const typ of ['AT+JWT', 'application/at+jwt', 'Application/At+Jwt']) {
      const result = await lab(await forge({ now: world.seconds(), typ }));
      expect({ typ, valid: result.valid, failing: failing(result) }).toEqual({ typ, valid: true, failing: [] });
    }
    const wrong = await lab(await forge({ now: world.seconds(), typ: 'application/rt+jwt' }));
    expect({ valid: wrong.valid, failing: failing(wrong) }).toEqual({ valid: false, failing: ['type:ERR_JWT_CLAIM_VALIDATION_FAILED'] });
  });

  it('refuses a crit header before the algorithm, as jose does', async () => {
    const good = await forge({ now: world.seconds() });
    const [, payload, signature] = good.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt', crit: ['x-evil'], 'x-evil': 1 })).toString('base64url');
    const result = await lab(`${header}.${payload}.${signature}`);
    expect(result.jose).toBe('ERR_JOSE_NOT_SUPPORTED');
    expect(result.checks.find((c) => !c.ok)).toMatchObject({ name: 'critical headers', code: 'ERR_JOSE_NOT_SUPPORTED' });
  });

  it('lists the first failing check with the code jose answered, for every kind of defect', async () => {
    const now = world.seconds();
    const tokens = [
      await forge({ now, claims: { iss: 'https://attacker.example' } }),
      await forge({ now, claims: { aud: 'someone-else' } }),
      await forge({ now, claims: { nbf: now + 60 } }),
      await forge({ now: now - 600 }),
      await forge({ now, omit: ['jti'] }),
    ];
    for (const token of tokens) {
      const result = await lab(token);
      expect(result.checks.find((c) => !c.ok)?.code).toBe(result.jose);
    }
  });

  it('never fetches the jku URL a token names', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const now = world.seconds();
    const good = await forge({ now });
    const [, payload, signature] = good.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'at+jwt', jku: 'http://127.0.0.1:9/jwks.json', kid: 'attacker' })).toString('base64url');
    const result = await lab(`${header}.${payload}.${signature}`);
    expect(result.jose).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

describe('specimens: real signatures, wrong claims', () => {
  it('signs the reader’s token with one defect that jose refuses for ever', async () => {
    const sandbox = await world.sandbox();
    const { access } = await startFamily(sandbox, findUser('ada')!);
    const expected: Record<Specimen, [string, string]> = {
      expired: ['expiry', 'ERR_JWT_EXPIRED'],
      'not-yet-valid': ['not before', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      'wrong-issuer': ['issuer', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      'wrong-audience': ['audience', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    };
    for (const defect of SPECIMENS) {
      const token = await specimenFrom(sandbox, access.token, defect);
      expect(token).not.toBeNull();
      const result = await runTamperLab(token!, 'access', sandbox.now());
      expect({ defect, failing: failing(result), jose: result.jose }).toEqual({ defect, failing: [expected[defect].join(':')], jose: expected[defect][1] });
      // Still refused a year later, on any sandbox clock.
      expect((await runTamperLab(token!, 'access', sandbox.now() + 365 * 86_400)).valid).toBe(false);
    }
  });

  it('makes none without a token that verifies', async () => {
    const sandbox = await world.sandbox();
    expect(await specimenFrom(sandbox, undefined, 'expired')).toBeNull();
    expect(await specimenFrom(sandbox, await forge({ now: world.seconds(), key: guessedKey }), 'expired')).toBeNull();
  });
});

describe('replay against /me', () => {
  it('answers 200 until exp in stateless mode, and 401 revoked after logout in stateful mode', async () => {
    let sandbox = await world.sandbox();
    const ada = findUser('ada')!;
    const stateless = await startFamily(sandbox, ada);
    await revokeSandboxFamilies(sandbox, 'logout');
    expect((await replayAsMe(sandbox, stateless.access.token)).ok).toBe(true);
    world.wait(31_000);
    const late = await replayAsMe(sandbox, stateless.access.token);
    expect(late.ok ? 'ok' : late.error.code).toBe('token_expired');

    await saveSettings(sandbox, { ...sandbox.settings, mode: 'stateful' });
    sandbox = await world.reload(sandbox);
    const stateful = await startFamily(sandbox, ada);
    expect((await replayAsMe(sandbox, stateful.access.token)).ok).toBe(true);
    await revokeSandboxFamilies(sandbox, 'logout');
    const revoked = await replayAsMe(sandbox, stateful.access.token);
    expect(revoked.ok ? 'ok' : revoked.error.code).toBe('revoked');
  });
});
