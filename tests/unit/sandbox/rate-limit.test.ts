import { beforeEach, describe, expect, it } from 'vitest';
import { clearLoginAttempts, clientKey, countLoginAttempt, trustedHops } from '@/sandbox/rate-limit';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

const GRACE = 'grace@example.com';
const ADA = 'ada@example.com';

async function attempt(client: string, email = GRACE) {
  return countLoginAttempt(client, email).then(
    () => 'allowed',
    (err: { code: string; headers: Record<string, string> }) => `${err.code} retry ${err.headers['Retry-After']}`,
  );
}

describe('login throttling', () => {
  it('allows five attempts in a minute and refuses the sixth until the window ends', async () => {
    for (let i = 0; i < 5; i++) expect(await attempt('ip:1')).toBe('allowed');
    world.wait(20_000);
    expect(await attempt('ip:1')).toBe('rate_limited retry 40');
    world.wait(39_000);
    expect(await attempt('ip:1')).toBe('rate_limited retry 1');
    world.wait(1_000);
    expect(await attempt('ip:1')).toBe('allowed');
  });

  it("one client's failures never block another client", async () => {
    for (let i = 0; i < 6; i++) await attempt('ip:1');
    expect(await attempt('ip:2')).toBe('allowed');
  });

  it('counts per account: guesses at one account leave another open', async () => {
    for (let i = 0; i < 6; i++) await attempt('ip:1', GRACE);
    expect(await attempt('ip:1', ADA)).toBe('allowed');
  });

  it('all unknown emails share one bucket: inventing addresses mints no attempts', async () => {
    for (let i = 0; i < 5; i++) expect(await attempt('ip:1', `nobody${i}@example.com`)).toBe('allowed');
    expect(await attempt('ip:1', 'someone-else@example.com')).toMatch(/^rate_limited/);
    expect(await attempt('ip:1', ' GRACE@example.com ')).toBe('allowed');
  });

  it('lets a burst of parallel attempts through only up to the limit', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt('ip:3')));
    expect(results.filter((r) => r === 'allowed')).toHaveLength(5);
  });

  it('a success clears that account only: four guesses and a known password, repeated, still hit 429', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) outcomes.push(await attempt('ip:4', GRACE));
      await countLoginAttempt('ip:4', ADA);
      await clearLoginAttempts('ip:4', ADA);
    }
    expect(outcomes.filter((o) => o.startsWith('rate_limited')).length).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await attempt('ip:5', ADA);
    await clearLoginAttempts('ip:5', ADA);
    expect(await attempt('ip:5', ADA)).toBe('allowed');
  });
});

describe('who the client is', () => {
  const request = (xff?: string) => new Request('http://localhost/api/sandbox/login', { headers: xff ? { 'x-forwarded-for': xff } : {} });

  it('without TRUST_PROXY a forged X-Forwarded-For is one client: it mints no attempts', async () => {
    expect(clientKey(request('203.0.113.9'), {})).toBe('local');
    expect(clientKey(request('203.0.113.9'), { TRUST_PROXY: 'true' })).toBe('local');
    const keys = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5', '198.51.100.6'].map((ip) => clientKey(request(ip), {}));
    for (const key of keys) await attempt(key);
    expect(await attempt(clientKey(request('198.51.100.7'), {}))).toMatch(/^rate_limited/);
  });

  it('behind one trusted proxy takes the last hop, the one the proxy appended', () => {
    expect(clientKey(request('198.51.100.1, 203.0.113.9'), { TRUST_PROXY: '1' })).toBe('ip:203.0.113.9');
    expect(clientKey(request(), { TRUST_PROXY: '1' })).toBe('local');
  });

  it('behind n trusted proxies takes the n-th hop from the right', () => {
    expect(clientKey(request('6.6.6.6, 198.51.100.1, 10.0.0.2'), { TRUST_PROXY: '2' })).toBe('ip:198.51.100.1');
    expect(clientKey(request('198.51.100.1'), { TRUST_PROXY: '2' })).toBe('ip:198.51.100.1');
    expect([trustedHops({}), trustedHops({ TRUST_PROXY: '0' }), trustedHops({ TRUST_PROXY: '-1' }), trustedHops({ TRUST_PROXY: '3' })]).toEqual([0, 0, 0, 3]);
  });
});
