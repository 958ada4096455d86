// Two production servers on two ports sharing one real Redis: whatever one
// issues, spends or revokes, the other sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../support/redis-server.mjs';
import { startNext, type RunningServer } from '../../support/server';
import { CookieJar } from '../support/cookie-jar';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

let redis: RedisServer;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  redis = await startRedis();
  [a, b] = await Promise.all([startNext({ REDIS_URL: redis.url }), startNext({ REDIS_URL: redis.url })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

/** One visitor, as seen by server A and by server B. */
function visitor() {
  const onA = new SandboxClient(new CookieJar(), a.url);
  return { onA, onB: onA.at(b.url) };
}

describe('two servers, one Redis', () => {
  it('a session from one verifies on the other', async () => {
    const { onA, onB } = visitor();
    expect((await onA.login()).status).toBe(200);
    const me = await onB.get('me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: 'ada' });
  });

  it('a refresh on one spends the token for both; the replay on the other revokes the family on both', async () => {
    const { onA, onB } = visitor();
    await onA.login();
    const spent = onA.refreshToken!;
    expect((await onA.post('refresh')).status).toBe(200);
    expectError(await onB.post('refresh', { token: spent }), 401, 'refresh_reuse_detected');
    // The family is gone everywhere: the newest token, presented on A, is refused too.
    expect((await onA.post('refresh')).status).toBe(401);
  });

  it('a stateful logout on one revokes the copied access token on the other', async () => {
    const { onA, onB } = visitor();
    await onA.post('settings', { mode: 'stateful' });
    await onA.login();
    const token = onA.accessToken!;
    const sandboxId = onA.jar.get('sandbox-id')!;
    expect((await onA.post('logout')).status).toBe(200);
    onB.jar.set('sandbox-access', token);
    onB.jar.set('sandbox-id', sandboxId);
    expectError(await onB.get('me'), 401, 'revoked');
  });

  it('the login throttle counts across both', async () => {
    const { onA, onB } = visitor();
    const wrong = await Promise.all([
      ...Array.from({ length: 3 }, () => onA.login('grace@example.com', 'wrong')),
      ...Array.from({ length: 3 }, () => onB.login('grace@example.com', 'wrong')),
    ]);
    expect(wrong.map((answer) => answer.status).sort()).toEqual([401, 401, 401, 401, 401, 429]);
    expectError(await onB.login('grace@example.com', 'hopper-1906'), 429, 'rate_limited');
  }, 60_000);
});
