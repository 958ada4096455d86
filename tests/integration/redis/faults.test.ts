// Redis stopped under a running server: the sandbox says 503 quickly, the rest
// of the site keeps serving, and the sandbox comes back with Redis, no restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../support/redis-server.mjs';
import { startNext, type RunningServer } from '../../support/server';
import { CookieJar } from '../support/cookie-jar';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

let redis: RedisServer;
let server: RunningServer;

beforeAll(async () => {
  redis = await startRedis();
  server = await startNext({ REDIS_URL: redis.url });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await redis?.stop();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

describe('Redis goes away mid-run', () => {
  it('sandbox routes answer 503 store_unavailable within 2 s; pages keep serving; all is well again within 5 s of Redis coming back', async () => {
    const client = new SandboxClient(new CookieJar(), server.url);
    expect((await client.login()).status).toBe(200);
    await redis.stop();

    for (const call of [() => client.get('me'), () => client.post('clock', { advanceSeconds: 10 }), () => client.login(), () => new SandboxClient(new CookieJar(), server.url).post('settings', {})]) {
      const { ms, value } = await timed(call);
      expectError(value, 503, 'store_unavailable');
      expect(ms).toBeLessThan(2_000);
    }
    for (const path of ['/', '/explainers/jwt-session-cookies', '/embed/jwt-session-cookies', '/api/oembed?url=x']) {
      expect((await fetch(`${server.url}${path}`)).status).toBeLessThan(500);
    }

    await redis.start();
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 5_000) {
      status = (await client.post('settings', {})).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await client.login()).status).toBe(200);
    expect((await client.get('me')).status).toBe(200);
    // One line per outage in the log, naming what to fix.
    expect(server.output().match(/Redis at .* is unreachable/g)?.length).toBe(1);
  }, 60_000);
});
