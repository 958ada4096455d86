import { beforeEach, describe, expect, it } from 'vitest';
import { clearLoginAttempts, clientKey, countLoginAttempt } from '@/sandbox/rate-limit';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

async function attempt(client: string) {
  return countLoginAttempt(client).then(
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

  it('counts clients, not accounts: another client is unaffected', async () => {
    for (let i = 0; i < 6; i++) await attempt('ip:1');
    expect(await attempt('ip:2')).toBe('allowed');
  });

  it('lets a burst of parallel attempts through only up to the limit', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt('ip:3')));
    expect(results.filter((r) => r === 'allowed')).toHaveLength(5);
  });

  it('starts over after a successful login', async () => {
    for (let i = 0; i < 5; i++) await attempt('ip:4');
    await clearLoginAttempts('ip:4');
    expect(await attempt('ip:4')).toBe('allowed');
  });
});

describe('who the client is', () => {
  const request = (xff?: string) => new Request('http://localhost/api/sandbox/login', { headers: xff ? { 'x-forwarded-for': xff } : {} });

  it('ignores X-Forwarded-For unless TRUST_PROXY=1', () => {
    expect(clientKey(request('203.0.113.9'), {})).toBe('local');
    expect(clientKey(request('203.0.113.9'), { TRUST_PROXY: 'true' })).toBe('local');
  });

  it('behind a trusted proxy takes the last hop, the one the proxy appended', () => {
    expect(clientKey(request('198.51.100.1, 203.0.113.9'), { TRUST_PROXY: '1' })).toBe('ip:203.0.113.9');
    expect(clientKey(request(), { TRUST_PROXY: '1' })).toBe('local');
  });
});
