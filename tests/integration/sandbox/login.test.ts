// Login over HTTP: one answer for every wrong guess, and throttling per client.
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

describe('POST /api/sandbox/login', () => {
  it('an unknown user and a wrong password get identical answers', async () => {
    const client = new SandboxClient();
    const unknown = await client.login('nobody@example.com', 'lovelace-1815');
    const wrong = await client.login('ada@example.com', 'not-the-password');
    expectError(unknown, 401, 'invalid_credentials');
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(unknown.headers.get('content-type')).toBe(wrong.headers.get('content-type'));
  });

  it('the sixth failed login within a minute → 429 rate_limited with Retry-After; other clients are unaffected', async () => {
    const client = new SandboxClient();
    for (let i = 0; i < 5; i++) expectError(await client.login('ada@example.com', `guess-${i}`), 401, 'invalid_credentials');
    const limited = await client.login('ada@example.com', 'guess-6');
    expectError(limited, 429, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Even the right password waits: the limit is per client and account, and says so.
    expectError(await client.login(), 429, 'rate_limited');
    // Another client can still log in to the same account: no per-account lock.
    expect((await new SandboxClient().login()).status).toBe(200);
  }, 90_000); // six OWASP-cost scrypt hashes in a row: seconds each on a busy machine

  it('malformed credentials → 400 bad_request', async () => {
    const client = new SandboxClient();
    for (const body of [{}, { email: 'ada@example.com' }, { email: 1, password: 2 }, ['ada', 'pw'], null]) {
      expectError(await client.post('login', body), 400, 'bad_request');
    }
  });

  it('grace logs in as an admin', async () => {
    const login = await new SandboxClient().login('grace@example.com', 'hopper-1906');
    expect(login.body.user).toEqual({ id: 'grace', email: 'grace@example.com', name: 'Grace Hopper', role: 'admin' });
  });
});
