import { describe, expect, it } from 'vitest';
import { createApi } from '@/lib/sandbox-client/api';
import { createSessionClient } from '@/lib/sandbox-client/session-client';
import { singleFlight } from '@/lib/sandbox-client/single-flight';
import { expiringSession, fakeSandbox } from './fake-server';

describe('singleFlight', () => {
  it('gives every caller the promise in flight, and starts afresh once it settles', async () => {
    let runs = 0;
    const once = singleFlight(async (n: number) => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 5));
      return n;
    });
    const [a, b] = await Promise.all([once(1), once(2)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await once(3)).toBe(3);
    expect(runs).toBe(2);
  });

  it('lets a failure reach every waiting caller and does not keep it', async () => {
    let runs = 0;
    const once = singleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error('first fails');
      return 'second works';
    });
    const results = await Promise.allSettled([once(), once()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await once()).toBe('second works');
  });
});

describe('the session client', () => {
  it('refreshes once on token_expired and retries the call', async () => {
    const server = fakeSandbox(expiringSession());
    const client = createSessionClient(createApi({ fetch: server.fetch }));
    const { result, expired, refresh } = await client.me();
    expect(result.ok && result.data.user.name).toBe('Ada Lovelace');
    expect(expired?.ok === false && expired.error.error).toBe('token_expired');
    expect(refresh?.ok).toBe(true);
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET me', 'POST refresh', 'GET me']);
  });

  it('spends the refresh token once for two parallel calls', async () => {
    const server = fakeSandbox(expiringSession());
    const client = createSessionClient(createApi({ fetch: server.fetch }));
    const answers = await Promise.all([client.me(), client.me()]);
    expect(answers.map((a) => a.result.status)).toEqual([200, 200]);
    expect(server.count('POST', 'refresh')).toBe(1);
    expect(server.count('GET', 'me')).toBe(4);
  });

  it('retries without refreshing when another call refreshed while it was out', async () => {
    const session = expiringSession();
    let meCalls = 0;
    const server = fakeSandbox({
      ...session,
      // The second me is answered only after the first call's refresh has finished.
      'GET me': async (call, calls) => {
        meCalls += 1;
        if (meCalls === 2) {
          while (!calls.some((c) => c.path === 'refresh')) await new Promise((r) => setTimeout(r, 1));
          await new Promise((r) => setTimeout(r, 20));
          return { status: 401, body: { error: 'token_expired', message: 'The token has expired.' } };
        }
        return session['GET me']();
      },
    });
    const client = createSessionClient(createApi({ fetch: server.fetch }));
    const answers = await Promise.all([client.me(), client.me()]);
    expect(answers.map((a) => a.result.status)).toEqual([200, 200]);
    expect(server.count('POST', 'refresh')).toBe(1);
  });

  it('does not refresh for other rejections, and reports a failed refresh', async () => {
    const noSession = fakeSandbox({ 'GET me': () => ({ status: 401, body: { error: 'no_session', message: 'No access cookie: log in first.' } }) });
    const first = await createSessionClient(createApi({ fetch: noSession.fetch })).me();
    expect(first.result.ok === false && first.result.error.error).toBe('no_session');
    expect(noSession.count('POST', 'refresh')).toBe(0);

    const ended = fakeSandbox({
      'GET me': () => ({ status: 401, body: { error: 'token_expired', message: 'The token has expired.' } }),
      'POST refresh': () => ({ status: 401, body: { error: 'session_expired', message: 'The refresh token has expired: log in again.' } }),
    });
    const second = await createSessionClient(createApi({ fetch: ended.fetch })).me();
    expect(second.refresh?.ok === false && second.refresh.error.error).toBe('session_expired');
    expect(second.result.ok === false && second.result.error.error).toBe('token_expired');
    expect(ended.count('GET', 'me')).toBe(1);
  });
});
