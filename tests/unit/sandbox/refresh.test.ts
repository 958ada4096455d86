import { beforeEach, describe, expect, it } from 'vitest';
import { SandboxError } from '@/sandbox/errors';
import { familyViews, isFamilyOpen, revokeSandboxFamilies, rotate, startFamily } from '@/sandbox/refresh';
import { checkAccessToken } from '@/sandbox/access';
import { MAX_ADVANCE_SECONDS, MAX_CLOCK_OFFSET_SECONDS, REFRESH_GRACE_MS } from '@/sandbox/config';
import { advanceClock, saveSettings, transientSandbox, type Sandbox } from '@/sandbox/sandbox-id';
import { verifyToken } from '@/sandbox/session';
import { findUser } from '@/sandbox/users';
import { forge } from '../../integration/support/forge';
import { freshWorld, type World } from './world';

let world: World;
let sandbox: Sandbox;
const ada = findUser('ada')!;

beforeEach(async () => {
  world = freshWorld();
  sandbox = await world.sandbox();
});

/** The error code a rotation ends in, or 'ok'. */
async function outcome(token: string, box: Sandbox = sandbox): Promise<string> {
  return rotate(box, token).then(
    () => 'ok',
    (err: unknown) => (err instanceof SandboxError ? err.code : `unexpected ${String(err)}`),
  );
}

async function settings(patch: Partial<Sandbox['settings']>) {
  await saveSettings(sandbox, { ...sandbox.settings, ...patch });
  sandbox = await world.reload(sandbox);
}

async function fastForward(seconds: number) {
  await advanceClock(sandbox, seconds);
  sandbox = await world.reload(sandbox);
}

describe('rotation', () => {
  it('login issues an access and a refresh token of one family; refresh spends the old and issues the next', async () => {
    const first = await startFamily(sandbox, ada);
    const access = await verifyToken('access', first.access.token, sandbox.now());
    const refresh = await verifyToken('refresh', first.refresh.token, sandbox.now());
    expect(access.payload).toMatchObject({ sub: 'ada', role: 'user', sid: first.familyId });
    expect(refresh.payload).toMatchObject({ sub: 'ada', sid: first.familyId, gen: 1 });
    expect(first.access.exp - sandbox.now()).toBe(30);
    expect(first.refresh.exp - sandbox.now()).toBe(300);

    const second = await rotate(sandbox, first.refresh.token);
    expect(second.familyId).toBe(first.familyId);
    expect((await verifyToken('refresh', second.refresh.token, sandbox.now())).payload.gen).toBe(2);

    const [family] = await familyViews(sandbox);
    expect(family?.generations.map((g) => [g.gen, g.status])).toEqual([
      [1, 'spent'],
      [2, 'active'],
    ]);
  });

  it('refuses an access token as a refresh token', async () => {
    const { access } = await startFamily(sandbox, ada);
    expect(await outcome(access.token)).toBe('invalid_token');
  });

  it('refuses a refresh token from another sandbox', async () => {
    const { refresh } = await startFamily(sandbox, ada);
    expect(await outcome(refresh.token, await world.sandbox())).toBe('invalid_token');
  });

  it('refuses a refresh token, signed with the real key, for a family that never existed', async () => {
    const token = await forge({ typ: 'rt+jwt', now: sandbox.now(), claims: { sid: crypto.randomUUID(), gen: 1 } });
    expect(await outcome(token)).toBe('session_expired');
  });
});

describe('reuse detection', () => {
  it('a spent token presented again after the grace window revokes the whole family, the newest token included', async () => {
    const first = await startFamily(sandbox, ada);
    const second = await rotate(sandbox, first.refresh.token);
    world.wait(REFRESH_GRACE_MS + 1);
    expect(await outcome(first.refresh.token)).toBe('refresh_reuse_detected');
    expect(await outcome(second.refresh.token)).toBe('refresh_reuse_detected');
    const [family] = await familyViews(sandbox);
    expect(family?.status).toBe('revoked');
    expect(family?.revoked?.reason).toBe('reuse');
    expect(family?.generations.map((g) => g.status)).toEqual(['spent', 'revoked']);
    expect(await isFamilyOpen(sandbox, first.familyId)).toBe(false);
  });

  it('of 20 parallel refreshes with one token one rotates; the others get its result and the session lives on', async () => {
    const { refresh } = await startFamily(sandbox, ada);
    const results = await Promise.all(Array.from({ length: 20 }, () => rotate(sandbox, refresh.token)));
    expect(new Set(results.map((r) => r.refresh.token)).size).toBe(1);
    const [family] = await familyViews(sandbox);
    expect(family?.generations.map((g) => [g.gen, g.status])).toEqual([
      [1, 'spent'],
      [2, 'active'],
    ]);
    expect(await outcome(results[0]!.refresh.token)).toBe('ok');
  });

  it('a deliberate replay (the token sent in the body) gets no grace', async () => {
    const first = await startFamily(sandbox, ada);
    await rotate(sandbox, first.refresh.token);
    const replay = await rotate(sandbox, first.refresh.token, { grace: false }).then(() => 'ok', (err: SandboxError) => err.code);
    expect(replay).toBe('refresh_reuse_detected');
  });

  it('the grace window covers only the token just spent: one two generations back is reuse', async () => {
    const first = await startFamily(sandbox, ada);
    const second = await rotate(sandbox, first.refresh.token);
    await rotate(sandbox, second.refresh.token);
    expect(await outcome(first.refresh.token)).toBe('refresh_reuse_detected');
  });

  it('a replay from another browser (another sandbox, or none) is detected and revokes the victim’s family', async () => {
    const first = await startFamily(sandbox, ada);
    const second = await rotate(sandbox, first.refresh.token);
    const thief = await world.sandbox();
    expect(await outcome(first.refresh.token, thief)).toBe('refresh_reuse_detected');
    expect(await outcome(second.refresh.token)).toBe('refresh_reuse_detected');
    expect(await isFamilyOpen(sandbox, first.familyId)).toBe(false);
  });

  it('the newest token from another sandbox is refused and stays its owner’s', async () => {
    const first = await startFamily(sandbox, ada);
    expect(await outcome(first.refresh.token, await world.sandbox())).toBe('invalid_token');
    expect(await outcome(first.refresh.token)).toBe('ok');
  });

  it('a forged refresh token naming a real family revokes nothing', async () => {
    const first = await startFamily(sandbox, ada);
    await rotate(sandbox, first.refresh.token);
    const forged = await forge({ typ: 'rt+jwt', now: world.seconds(), key: new TextEncoder().encode('x'.repeat(40)), claims: { sid: first.familyId, gen: 1 } });
    expect(await outcome(forged, await world.sandbox())).toBe('invalid_token');
    expect(await isFamilyOpen(sandbox, first.familyId)).toBe(true);
  });
});

describe('binding to the sandbox', () => {
  it('puts the sandbox tag (never its id) and the mode in both tokens', async () => {
    const { access, refresh } = await startFamily(sandbox, ada);
    for (const [kind, token] of [['access', access.token], ['refresh', refresh.token]] as const) {
      const { payload } = await verifyToken(kind, token, sandbox.now());
      expect(payload).toMatchObject({ sbx: sandbox.tag, mode: 'stateless' });
      expect(JSON.stringify(payload)).not.toContain(sandbox.id);
    }
  });

  it('an access token is worth nothing in another sandbox, a throwaway one, or after reset', async () => {
    const { access } = await startFamily(sandbox, ada);
    expect((await checkAccessToken(sandbox, access.token)).ok).toBe(true);
    for (const other of [await world.sandbox(), transientSandbox()]) {
      const check = await checkAccessToken(other, access.token);
      expect(check.ok ? 'ok' : check.error.code).toBe('invalid_token');
    }
  });

  it('a stateful token stays stateful: logout revokes it even if the sandbox is switched to stateless', async () => {
    await settings({ mode: 'stateful' });
    const { access } = await startFamily(sandbox, ada);
    await revokeSandboxFamilies(sandbox, 'logout');
    await settings({ mode: 'stateless' });
    const check = await checkAccessToken(sandbox, access.token);
    expect(check.ok ? 'ok' : check.error.code).toBe('revoked');
  });

  it('the clock runs at most MAX_CLOCK_OFFSET_SECONDS ahead, however many fast-forwards', async () => {
    const step = MAX_ADVANCE_SECONDS;
    let refused = 0;
    for (let i = 0; i < Math.ceil(MAX_CLOCK_OFFSET_SECONDS / step) + 3; i++) {
      await advanceClock(sandbox, step).catch(() => refused++);
    }
    sandbox = await world.reload(sandbox);
    expect(sandbox.offset).toBeLessThanOrEqual(MAX_CLOCK_OFFSET_SECONDS);
    expect(refused).toBeGreaterThan(0);
    const { access } = await startFamily(sandbox, ada);
    const { payload } = await verifyToken('access', access.token, sandbox.now());
    expect(payload.exp! - world.seconds()).toBeLessThanOrEqual(MAX_CLOCK_OFFSET_SECONDS + sandbox.settings.accessTtl);
  });
});

describe('timeouts', () => {
  it('an expired refresh token ends the session', async () => {
    const { refresh } = await startFamily(sandbox, ada);
    await fastForward(300);
    expect(await outcome(refresh.token)).toBe('session_expired');
  });

  it('sliding idle timeout: refreshing in time keeps the session, a long pause ends it', async () => {
    await settings({ idleTimeout: 60, refreshTtl: 3600 });
    let { refresh } = await startFamily(sandbox, ada);
    for (let i = 0; i < 3; i++) {
      await fastForward(59);
      ({ refresh } = await rotate(sandbox, refresh.token));
    }
    await fastForward(60);
    expect(await outcome(refresh.token)).toBe('session_expired');
    const [family] = await familyViews(sandbox);
    expect(family?.revoked?.reason).toBe('idle_timeout');
  });

  it('absolute timeout: however active, the session ends that long after login', async () => {
    await settings({ absoluteTimeout: 120, idleTimeout: 3600, refreshTtl: 3600 });
    let { refresh } = await startFamily(sandbox, ada);
    await fastForward(60);
    ({ refresh } = await rotate(sandbox, refresh.token));
    // The refresh token itself never outlives the absolute timeout.
    expect((await verifyToken('refresh', refresh.token, sandbox.now())).payload.exp).toBe(sandbox.now() + 60);
    await fastForward(59);
    ({ refresh } = await rotate(sandbox, refresh.token));
    await fastForward(1);
    expect(await outcome(refresh.token)).toBe('session_expired');
  });

  it('a shortened absolute timeout ends a session whose refresh token still verifies', async () => {
    await settings({ absoluteTimeout: 3600, refreshTtl: 3600 });
    const { refresh } = await startFamily(sandbox, ada);
    await fastForward(200);
    await settings({ absoluteTimeout: 120 });
    expect(await outcome(refresh.token)).toBe('session_expired');
    const [family] = await familyViews(sandbox);
    expect(family?.revoked?.reason).toBe('absolute_timeout');
  });

  it('shows a family past its timeout as expired before anyone presents a token', async () => {
    await startFamily(sandbox, ada);
    await fastForward(301);
    const [family] = await familyViews(sandbox);
    expect(family?.status).toBe('expired');
    expect(family?.generations.map((g) => g.status)).toEqual(['expired']);
  });
});

describe('revocation', () => {
  it('logout revokes every open family of the sandbox; its refresh token then ends with session_expired', async () => {
    const { refresh, familyId } = await startFamily(sandbox, ada);
    await revokeSandboxFamilies(sandbox, 'logout');
    expect(await isFamilyOpen(sandbox, familyId)).toBe(false);
    expect(await outcome(refresh.token)).toBe('session_expired');
  });

  it('a new login ends the earlier family', async () => {
    const first = await startFamily(sandbox, ada);
    const second = await startFamily(sandbox, findUser('grace')!);
    expect(await isFamilyOpen(sandbox, first.familyId)).toBe(false);
    expect(await isFamilyOpen(sandbox, second.familyId)).toBe(true);
    const views = await familyViews(sandbox);
    expect(views.map((f) => [f.user.id, f.status])).toEqual([
      ['grace', 'active'],
      ['ada', 'revoked'],
    ]);
  });
});
