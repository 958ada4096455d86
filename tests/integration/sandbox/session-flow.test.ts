// The session's life over HTTP: login, refresh, logout, reuse, races and timeouts.
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

async function loggedIn(mode: 'stateless' | 'stateful' = 'stateless', settings: Record<string, unknown> = {}) {
  const client = new SandboxClient();
  expect((await client.post('settings', { mode, ...settings })).status).toBe(200);
  expect((await client.login()).status).toBe(200);
  return client;
}

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax access cookie on / and a refresh cookie on /api/sandbox/refresh only', async () => {
    const client = new SandboxClient();
    const login = await client.login();
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual({ id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' });
    const cookies = login.headers.getSetCookie();
    expect(cookies).toContainEqual(expect.stringMatching(/^sandbox-access=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; Max-Age=300; HttpOnly; SameSite=Lax$/));
    expect(cookies).toContainEqual(
      expect.stringMatching(/^sandbox-refresh=[\w-]+\.[\w-]+\.[\w-]+; Path=\/api\/sandbox\/refresh; Max-Age=300; HttpOnly; SameSite=Lax$/),
    );
    // The browser sends the refresh cookie to the refresh route only.
    expect(client.jar.header(new URL('/api/sandbox/me', client.baseURL))).not.toContain('sandbox-refresh');
    expect(client.jar.header(new URL('/api/sandbox/refresh', client.baseURL))).toContain('sandbox-refresh');
  });

  it('over HTTPS (as a TLS proxy reports it) uses Secure cookies with __Host- and __Secure- names', async () => {
    const client = new SandboxClient();
    const login = await client.post('login', { email: 'ada@example.com', password: 'lovelace-1815' }, { 'x-forwarded-proto': 'https' });
    const names = login.headers.getSetCookie().map((c) => `${c.split('=')[0]} ${/; Secure$/.test(c) ? 'Secure' : 'not secure'}`);
    expect(names.sort()).toEqual(['__Host-sandbox-access Secure', '__Host-sandbox-id Secure', '__Secure-sandbox-device Secure', '__Secure-sandbox-refresh Secure']);
  });
});

describe('refresh', () => {
  it('rotates: new access and refresh cookies, the old refresh token spent', async () => {
    const client = await loggedIn();
    const [oldAccess, oldRefresh] = [client.accessToken, client.refreshToken];
    const refreshed = await client.post('refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user).toMatchObject({ id: 'ada' });
    expect(client.accessToken).not.toBe(oldAccess);
    expect(client.refreshToken).not.toBe(oldRefresh);
    expect((await client.get('me')).status).toBe(200);
  });

  it('reuse of a spent refresh token revokes the family: cookies cleared, the newest token dead too', async () => {
    const client = await loggedIn();
    const spent = client.refreshToken!;
    await client.post('refresh');
    const newest = client.refreshToken!;
    // Replaying the spent token (from the same sandbox, as the page's replay button does).
    const replay = await client.post('refresh', { token: spent });
    expectError(replay, 401, 'refresh_reuse_detected');
    expect(replay.headers.getSetCookie()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sandbox-access=; .*Max-Age=0/), expect.stringMatching(/^sandbox-refresh=; .*Max-Age=0/)]),
    );
    expect(client.accessToken).toBeUndefined();
    expectError(await client.post('refresh', { token: newest }), 401, 'refresh_reuse_detected');
    const state = await client.get<{ families: { status: string; revoked?: { reason: string }; generations: { status: string }[] }[] }>('state');
    expect(state.body.families[0]).toMatchObject({ status: 'revoked', revoked: { reason: 'reuse' } });
    expect(state.body.families[0]?.generations.map((g) => g.status)).toEqual(['spent', 'revoked']);
  });

  it('20 parallel refreshes with one token: exactly one 200, the rest refresh_reuse_detected', async () => {
    const client = await loggedIn();
    const token = client.refreshToken!;
    const answers = await Promise.all(Array.from({ length: 20 }, () => client.post('refresh', { token })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused).toHaveLength(19);
    for (const answer of refused) expectError(answer, 401, 'refresh_reuse_detected');
  });
});

describe('logout', () => {
  it('clears both cookies and revokes the family', async () => {
    const client = await loggedIn();
    const refresh = client.refreshToken!;
    const out = await client.post('logout');
    expect(out.status).toBe(200);
    expect(client.accessToken).toBeUndefined();
    expect(client.refreshToken).toBeUndefined();
    expectError(await client.get('me'), 401, 'no_session');
    expectError(await client.post('refresh', { token: refresh }), 401, 'session_expired');
  });

  it('stateless mode: a copied access token still works after logout, until its exp', async () => {
    const client = await loggedIn('stateless');
    const copy = client.jar.clone();
    await client.post('logout');
    const attacker = new SandboxClient(copy);
    expect((await attacker.get('me')).status).toBe(200);
    await attacker.post('clock', { advanceSeconds: 30 });
    expectError(await attacker.get('me'), 401, 'token_expired', 'ERR_JWT_EXPIRED');
  });

  it('stateful mode: a copied access token stops working at logout', async () => {
    const client = await loggedIn('stateful');
    const copy = client.jar.clone();
    expect((await client.get('me')).status).toBe(200);
    await client.post('logout');
    const attacker = new SandboxClient(copy);
    expectError(await attacker.get('me'), 401, 'revoked');
  });

  it('stateful mode: reuse detection kills the newest access token at once', async () => {
    const client = await loggedIn('stateful');
    const spent = client.refreshToken!;
    await client.post('refresh');
    const copy = client.jar.clone();
    await client.post('refresh', { token: spent });
    const holder = new SandboxClient(copy);
    expectError(await holder.get('me'), 401, 'revoked');
  });
});

describe('timeouts via the sandbox clock', () => {
  it('the access token expires, a refresh brings it back', async () => {
    const client = await loggedIn();
    expect((await client.post('clock', { advanceSeconds: 30 })).body).toMatchObject({ offset: 30 });
    expectError(await client.get('me'), 401, 'token_expired', 'ERR_JWT_EXPIRED');
    expect((await client.post('refresh')).status).toBe(200);
    expect((await client.get('me')).status).toBe(200);
  });

  it('idle timeout: a session not refreshed for idleTimeout ends with session_expired', async () => {
    const client = await loggedIn('stateless', { idleTimeout: 60, refreshTtl: 3600 });
    // Margins of several seconds: real time keeps running under the sandbox clock.
    await client.post('clock', { advanceSeconds: 45 });
    expect((await client.post('refresh')).status).toBe(200);
    await client.post('clock', { advanceSeconds: 60 });
    const expired = await client.post('refresh');
    expectError(expired, 401, 'session_expired');
    expect(client.refreshToken).toBeUndefined();
    const state = await client.get<{ families: { revoked?: { reason: string } }[] }>('state');
    expect(state.body.families[0]?.revoked?.reason).toBe('idle_timeout');
  });

  it('absolute timeout: however active, the session ends absoluteTimeout after login', async () => {
    const client = await loggedIn('stateless', { absoluteTimeout: 300, idleTimeout: 3600, refreshTtl: 3600 });
    for (let i = 0; i < 2; i++) {
      await client.post('clock', { advanceSeconds: 100 });
      expect((await client.post('refresh')).status).toBe(200);
    }
    await client.post('clock', { advanceSeconds: 100 });
    // The refresh token was issued to expire with the session, so jose is the first to say so.
    expectError(await client.post('refresh'), 401, 'session_expired', 'ERR_JWT_EXPIRED');
    // The inspector no longer shows a refresh token the browser no longer holds.
    const state = await client.get<{ cookies: { refresh: unknown } }>('state');
    expect(state.body.cookies.refresh).toBeNull();
  });

  it('absolute timeout shortened mid-session: the server ends the session though the token still verifies', async () => {
    const client = await loggedIn('stateless', { absoluteTimeout: 3600, refreshTtl: 3600 });
    await client.post('clock', { advanceSeconds: 200 });
    await client.post('settings', { absoluteTimeout: 120 });
    expectError(await client.post('refresh'), 401, 'session_expired');
    const state = await client.get<{ families: { revoked?: { reason: string } }[] }>('state');
    expect(state.body.families[0]?.revoked?.reason).toBe('absolute_timeout');
  });

  it('an expired refresh token ends the session, with jose code', async () => {
    const client = await loggedIn();
    await client.post('clock', { advanceSeconds: 7 * 24 * 3600 });
    expectError(await client.post('refresh'), 401, 'session_expired', 'ERR_JWT_EXPIRED');
  });

  it('the clock only moves forward and refuses absurd jumps', async () => {
    const client = new SandboxClient();
    for (const advanceSeconds of [-30, 0, 1.5, '30', 31 * 24 * 3600, null]) {
      expectError(await client.post('clock', { advanceSeconds }), 400, 'bad_request');
    }
    expect((await client.post('clock', { advanceSeconds: 30 })).body.offset).toBe(30);
    expect((await client.post('clock', { advanceSeconds: 300 })).body.offset).toBe(330);
  });
});

describe('settings', () => {
  it('accepts values within bounds and refuses the rest with 400 bad_request', async () => {
    const client = new SandboxClient();
    const ok = await client.post('settings', { mode: 'stateful', accessTtl: 60 });
    expect(ok.status).toBe(200);
    expect(ok.body.settings).toMatchObject({ mode: 'stateful', accessTtl: 60, refreshTtl: 300 });
    for (const bad of [{ mode: 'magic' }, { accessTtl: 1 }, { accessTtl: 99999 }, { refreshTtl: 'long' }, { unknown: 1 }, [], 'stateful']) {
      expectError(await client.post('settings', bad), 400, 'bad_request');
    }
    expect((await client.post('settings', { accessTtl: 1 })).body).toMatchObject({ field: 'accessTtl' });
  });
});

describe('reset', () => {
  it('gives a fresh sandbox: new id, default settings, clock at real time, no session, empty timeline', async () => {
    const client = await loggedIn('stateful');
    await client.post('clock', { advanceSeconds: 600 });
    const before = client.jar.get('sandbox-id');
    expect((await client.post('reset')).status).toBe(200);
    expect(client.jar.get('sandbox-id')).not.toBe(before);
    const state = await client.get<{ settings: { mode: string }; clock: { offset: number }; families: unknown[]; cookies: { access: unknown } }>('state');
    expect(state.body).toMatchObject({ settings: { mode: 'stateless' }, clock: { offset: 0 }, families: [], cookies: { access: null } });
    expect((await client.get<{ events: unknown[] }>('events')).body.events).toEqual([]);
  });
});
