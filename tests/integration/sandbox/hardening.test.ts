// The holes a hostile visitor found (issue #10), each tried again over HTTP.
import { request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { site } from '@/lib/site';
import { CookieJar } from '../support/cookie-jar';
import { expectError } from '../support/expect-error';
import { forge, forgeRaw, tagOf } from '../support/forge';
import { SandboxClient } from '../support/sandbox-client';

const baseURL = inject('baseURL');
const DAY = 86_400;

async function loggedIn(mode: 'stateless' | 'stateful' = 'stateless') {
  const client = new SandboxClient();
  expect((await client.post('settings', { mode })).status).toBe(200);
  expect((await client.login()).status).toBe(200);
  return client;
}

/** Another browser presenting just this access token. */
async function meElsewhere(token: string, sandboxId?: string) {
  const other = new SandboxClient();
  if (sandboxId) other.jar.set('sandbox-id', sandboxId);
  other.jar.set('sandbox-access', token);
  return other.get('me');
}

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };

describe('1. tokens never outlive the sandbox clock', () => {
  it('the clock stops at its cap, and a token minted there verifies nowhere else', async () => {
    const client = new SandboxClient();
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push((await client.post('clock', { advanceSeconds: 8 * DAY })).status);
    expect(answers[0]).toBe(200);
    expect(answers.slice(1)).toEqual([400, 400, 400]);
    const state = await client.get<{ clock: { offset: number }; bounds: { maxClockOffset: number } }>('state');
    expect(state.body.clock.offset).toBeLessThanOrEqual(state.body.bounds.maxClockOffset);
    await client.login();
    const token = client.accessToken!;
    const { iat, exp } = payloadOf(token);
    expect(exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(8 * DAY + 60);
    expect(exp - iat).toBeLessThanOrEqual(3600);
    expect((await client.get('me')).status).toBe(200);
    // After a reset, without the sandbox cookie, or from a fresh one: refused.
    const sandboxId = client.jar.get('sandbox-id')!;
    await client.post('reset');
    const afterReset = await client.request('GET', '/api/sandbox/me', { headers: { cookie: `sandbox-access=${token}; sandbox-id=${client.jar.get('sandbox-id')}` } });
    expect([afterReset.status, afterReset.body.error]).toEqual([401, 'invalid_token']);
    const elsewhere = await meElsewhere(token);
    expect([elsewhere.status, elsewhere.body.error]).toEqual([401, 'invalid_token']);
    expect(sandboxId).not.toBe(client.jar.get('sandbox-id'));
  });

  it('a token claiming a life longer than we ever sign, or exp 1e309, is refused even with the real key', async () => {
    const client = new SandboxClient();
    await client.post('settings', {});
    const tag = tagOf(client.jar.get('sandbox-id')!);
    for (const token of [await forge({ ttl: 400 * DAY, claims: { sbx: tag } }), forgeRaw({ exp: '1e309', sbx: JSON.stringify(tag) })]) {
      client.jar.set('sandbox-access', token);
      expectError(await client.get('me'), 401, 'invalid_token', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
    }
  });

  it('a token signed with the real key for this sandbox passes (the key is the whole secret)', async () => {
    const client = new SandboxClient();
    await client.post('settings', {});
    client.jar.set('sandbox-access', await forge({ claims: { role: 'admin', sbx: tagOf(client.jar.get('sandbox-id')!) } }));
    expect((await client.get('me')).status).toBe(200);
  });
});

describe('2. stateful revocation cannot be bypassed by dropping the sandbox cookie', () => {
  it('after logout a copied token is refused with, without, and with a fresh sandbox cookie; the account page agrees', async () => {
    const client = await loggedIn('stateful');
    const token = client.accessToken!;
    const sandboxId = client.jar.get('sandbox-id')!;
    expect((await client.post('logout')).status).toBe(200);
    expectError(await meElsewhere(token, sandboxId), 401, 'revoked');
    expectError(await meElsewhere(token), 401, 'invalid_token');
    const fresh = new SandboxClient();
    await fresh.post('settings', {});
    fresh.jar.set('sandbox-access', token);
    expectError(await fresh.get('me'), 401, 'invalid_token');
    const page = await new SandboxClient(new CookieJar()).request('GET', '/sandbox/account', { headers: { cookie: `sandbox-access=${token}` } });
    expect(page.body).toContain('data-session="refused"');
    expect(page.body).not.toContain('ada@example.com</');
  });
});

describe('3–4. the login throttle is per client and account', () => {
  it("one client's failures never block another client", async () => {
    const mallory = new SandboxClient();
    for (let i = 0; i < 6; i++) await mallory.login('grace@example.com', 'wrong');
    expectError(await mallory.login('grace@example.com', 'wrong'), 429, 'rate_limited');
    expect((await new SandboxClient().login('grace@example.com', 'hopper-1906')).status).toBe(200);
  });

  it("without a trusted address, a browser that has logged in before is never locked out by another's failures", async () => {
    // One address for all three, which is how every client looks without TRUST_PROXY.
    const [owner, mallory, stranger] = [new SandboxClient(), new SandboxClient(), new SandboxClient()];
    mallory.ip = stranger.ip = owner.ip;
    expect((await owner.login('grace@example.com', 'hopper-1906')).status).toBe(200);
    for (let i = 0; i < 5; i++) expectError(await mallory.login('grace@example.com', 'wrong'), 401, 'invalid_credentials');
    expectError(await mallory.login('grace@example.com', 'wrong'), 429, 'rate_limited');
    // The owner's browser proves an earlier login: its own bucket, untouched by Mallory's.
    expect((await owner.login('grace@example.com', 'hopper-1906')).status).toBe(200);
    // No proof, or a token that is not one, counts with everyone else.
    expectError(await stranger.login('grace@example.com', 'hopper-1906'), 429, 'rate_limited');
    mallory.jar.set('sandbox-device', owner.jar.get('sandbox-access')!);
    expectError(await mallory.login('grace@example.com', 'hopper-1906'), 429, 'rate_limited');
    // A copied proof buys one bucket of five, no more.
    mallory.jar.set('sandbox-device', owner.jar.get('sandbox-device')!);
    for (let i = 0; i < 5; i++) expectError(await mallory.login('grace@example.com', 'wrong'), 401, 'invalid_credentials');
    expectError(await mallory.login('grace@example.com', 'hopper-1906'), 429, 'rate_limited');
  });

  it('a success on one account never resets the count on another', async () => {
    const client = new SandboxClient();
    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) {
      const guesses = await Promise.all(Array.from({ length: 4 }, (_, i) => client.login('grace@example.com', `guess-${round}-${i}`)));
      statuses.push(...guesses.map((answer) => answer.status));
      expect((await client.login()).status).toBe(200);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  }, 60_000);
});

describe('5. reads write nothing', () => {
  it('a cookieless GET gets no sandbox cookie', async () => {
    for (const path of ['me', 'state', 'events']) {
      const answer = await new SandboxClient().get(path);
      expect(answer.headers.getSetCookie()).toEqual([]);
    }
  });
});

describe('6–7. parallel refreshes and replays', () => {
  it('20 parallel refreshes from one browser: one rotation, every answer 200 with the same tokens, the session lives on', async () => {
    const client = await loggedIn();
    const cookie = client.jar.header(new URL('/api/sandbox/refresh', baseURL));
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => client.request('POST', '/api/sandbox/refresh', { json: {}, headers: { cookie } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const refreshCookies = new Set(answers.map((a) => a.headers.getSetCookie().find((c) => c.startsWith('sandbox-refresh='))));
    expect(refreshCookies.size).toBe(1);
    expect((await client.post('refresh')).status).toBe(200);
    expect((await client.get('me')).status).toBe(200);
  });

  it('a spent refresh token replayed from another browser is detected and ends the victim’s session', async () => {
    const victim = await loggedIn();
    const spent = victim.refreshToken!;
    expect((await victim.post('refresh')).status).toBe(200);
    const thief = new SandboxClient();
    thief.jar.set('sandbox-refresh', spent, '/api/sandbox/refresh');
    expectError(await thief.post('refresh'), 401, 'refresh_reuse_detected');
    expectError(await victim.post('refresh'), 401, 'refresh_reuse_detected');
  });

  it("the victim's newest refresh token, copied to another browser, is refused and stays the victim's", async () => {
    const victim = await loggedIn();
    const thief = new SandboxClient();
    thief.jar.set('sandbox-refresh', victim.refreshToken!, '/api/sandbox/refresh');
    expectError(await thief.post('refresh'), 401, 'invalid_token');
    expect((await victim.post('refresh')).status).toBe(200);
  });
});

describe('8. one cookie rule everywhere', () => {
  it('with two access cookies, /me and the account page read the same one (the first)', async () => {
    const client = await loggedIn();
    const id = client.jar.get('sandbox-id');
    const valid = client.accessToken!;
    for (const [order, expected] of [[`sandbox-access=junk.junk.junk; sandbox-access=${valid}`, 'refused'], [`sandbox-access=${valid}; sandbox-access=junk.junk.junk`, 'verified']] as const) {
      const cookie = `sandbox-id=${id}; ${order}`;
      const me = await client.request('GET', '/api/sandbox/me', { headers: { cookie } });
      const page = await client.request<string>('GET', '/sandbox/account', { headers: { cookie } });
      expect([me.status === 200 ? 'verified' : 'refused', page.body.includes('data-session="verified"') ? 'verified' : 'refused']).toEqual([expected, expected]);
    }
  });
});

/** A raw HTTP/1.1 exchange, for what fetch will not do (chunked bodies we control, a Host header). */
function raw(options: { method: string; path: string; headers: Record<string, string>; chunks?: Buffer[] }) {
  const url = new URL(baseURL);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; closed: boolean }>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, closed: res.headers.connection === 'close' }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('9. an oversized chunked body', () => {
  it('gets 413 with Connection: close, and the server stays healthy', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(4096, 'x'));
    const answer = await raw({
      method: 'POST',
      path: '/api/sandbox/login',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', origin: baseURL },
      chunks,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect((await new SandboxClient().get('me')).status).toBe(401);
  });
});

describe('10. oEmbed answers only for the configured site', () => {
  it('a forged Host header is never reflected into the answer', async () => {
    const url = encodeURIComponent(`${site.url}/explainers/jwt-session-cookies`);
    const answer = await raw({ method: 'GET', path: `/api/oembed?url=${url}`, headers: { host: 'evil.example' } });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('evil.example');
    const foreign = await raw({ method: 'GET', path: `/api/oembed?url=${encodeURIComponent('http://evil.example/explainers/jwt-session-cookies')}`, headers: { host: 'evil.example' } });
    expect(foreign.status).toBe(404);
  });
});
