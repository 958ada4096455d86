// What the sandbox page reads: GET state and GET events.
import { describe, expect, it } from 'vitest';
import { SandboxClient } from '../support/sandbox-client';

interface TokenView {
  name: string;
  path: string;
  source: string;
  token: string;
  parts: { header: string; payload: string; signature: string };
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  verdict: { ok: boolean; error?: string; jose?: string };
  expiresIn: number;
}

interface State {
  clock: { now: number; offset: number; realNow: number };
  settings: Record<string, unknown>;
  bounds: Record<string, unknown>;
  secure: boolean;
  cookies: { access: TokenView | null; refresh: TokenView | null };
  families: { id: string; status: string; user: { id: string }; generations: { gen: number; status: string; token: string }[] }[];
  accounts: unknown[];
}

interface TimelineEvent {
  id: number;
  method: string;
  path: string;
  status: number;
  error?: string;
  setCookies: { name: string; value: string; path?: string; maxAge?: number; httpOnly: boolean; secure: boolean; sameSite?: string; cleared: boolean }[];
  verdict?: { ok: boolean; error?: string; jose?: string };
  source?: { file: string; region: string };
}

describe('GET /api/sandbox/state', () => {
  it('shows the decoded cookies the page cannot read, the families, clock and settings', async () => {
    const client = new SandboxClient();
    await client.login();
    await client.post('refresh');
    const { status, body } = await client.get<State>('state');
    expect(status).toBe(200);
    const access = body.cookies.access!;
    expect(access).toMatchObject({ name: 'sandbox-access', path: '/', source: 'request', token: client.accessToken, verdict: { ok: true } });
    expect(access.parts.header).toBe(client.accessToken!.split('.')[0]);
    expect(access.header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(access.payload).toMatchObject({ sub: 'ada', role: 'user' });
    // Real time runs on between login and this request.
    expect(access.expiresIn).toBeGreaterThan(20);
    expect(access.expiresIn).toBeLessThanOrEqual(30);
    expect(body.cookies.refresh).toMatchObject({ path: '/api/sandbox/refresh', source: 'issued', token: client.refreshToken, verdict: { ok: true } });
    expect(body.families).toHaveLength(1);
    expect(body.families[0]?.generations.map((g) => [g.gen, g.status])).toEqual([
      [1, 'spent'],
      [2, 'active'],
    ]);
    expect(body.clock.offset).toBe(0);
    expect(body.settings).toEqual({ mode: 'stateless', accessTtl: 30, refreshTtl: 300, idleTimeout: 600, absoluteTimeout: 3600 });
    expect(body.secure).toBe(false);
    expect(body.accounts).toHaveLength(2);
  });

  it('shows the verdict on an expired access cookie after a fast-forward', async () => {
    const client = new SandboxClient();
    await client.login();
    await client.post('clock', { advanceSeconds: 45 });
    const { body } = await client.get<State>('state');
    expect(body.clock.offset).toBe(45);
    expect(body.cookies.access).toMatchObject({ verdict: { ok: false, error: 'token_expired', jose: 'ERR_JWT_EXPIRED' } });
    expect(body.cookies.access!.expiresIn).toBeLessThanOrEqual(-15);
    expect(body.cookies.access!.expiresIn).toBeGreaterThan(-25);
  });
});

describe('GET /api/sandbox/events', () => {
  it('records each request with status, Set-Cookie attributes, the verdict and the lines that ran', async () => {
    const client = new SandboxClient();
    await client.login();
    await client.get('me');
    await client.post('clock', { advanceSeconds: 30 });
    await client.get('me');
    const { body } = await client.get<{ events: TimelineEvent[]; last: number }>('events');
    const summary = body.events.map((e) => `${e.method} ${e.path} ${e.status} ${e.source?.region ?? '-'} ${e.verdict?.jose ?? ''}`.trim());
    expect(summary).toEqual([
      'POST /api/sandbox/login 200 sign',
      'GET /api/sandbox/me 200 verify',
      'POST /api/sandbox/clock 200 advance',
      'GET /api/sandbox/me 401 errors ERR_JWT_EXPIRED',
    ]);
    const login = body.events[0]!;
    const access = login.setCookies.find((c) => c.name === 'sandbox-access')!;
    expect(access).toMatchObject({ path: '/', maxAge: 300, httpOnly: true, secure: false, sameSite: 'Lax', cleared: false });
    expect(access.value).toMatch(/^.{12}….{8}$/);
    expect(body.events[3]).toMatchObject({ error: 'token_expired', verdict: { ok: false, error: 'token_expired' }, source: { file: 'sandbox/session.ts' } });
    expect(body.last).toBe(body.events[3]!.id);

    await client.post('logout');
    const since = await client.get<{ events: TimelineEvent[]; last: number }>(`events?since=${body.last}`);
    expect(since.body.events.map((e) => e.path)).toEqual(['/api/sandbox/logout']);
    expect(since.body.events[0]!.setCookies.filter((c) => c.cleared).map((c) => c.name).sort()).toEqual(['sandbox-access', 'sandbox-refresh']);
    expect(since.body.events[0]!.source).toEqual({ file: 'sandbox/refresh.ts', region: 'revoke' });
  });

  it('keeps each visitor to their own timeline', async () => {
    const a = new SandboxClient();
    const b = new SandboxClient();
    await a.login();
    await b.get('state');
    expect((await b.get<{ events: unknown[] }>('events')).body.events).toEqual([]);
  });
});
