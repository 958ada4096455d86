import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '@/lib/sandbox-client/api';
import { SessionActions } from '@/components/sandbox/SessionActions';
import { SandboxStoreProvider, useSandboxStore } from '@/lib/sandbox-client/context';
import { expiringSession, fakeSandbox } from './fake-server';

const emptyState = {
  clock: { now: 1_800_000_000, offset: 0, realNow: 1_800_000_000 },
  settings: { mode: 'stateless', accessTtl: 30, refreshTtl: 300, idleTimeout: 600, absoluteTimeout: 3600 },
  bounds: { accessTtl: [5, 3600], refreshTtl: [30, 86400], idleTimeout: [30, 86400], absoluteTimeout: [60, 604800], maxAdvanceSeconds: 2592000 },
  secure: false,
  // The access cookie is gone (expired), a refresh token is live: the session buttons apply.
  cookies: { access: null, refresh: { name: 'sandbox-refresh', path: '/api/sandbox/refresh', source: 'issued', token: 'a.b.c', parts: null, header: null, payload: null, verdict: { ok: true }, expiresIn: 100 } },
  families: [],
  accounts: [],
};

vi.mock('next/link', () => ({ default: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a> }));

/** Reads the state once, as the page's driver does on load. */
function Start() {
  const store = useSandboxStore();
  useEffect(() => void store.getState().start(), [store]);
  return null;
}

// jsdom cannot scroll; bringing answers into view is checked in Chromium (tests/e2e).
window.scrollBy = () => {};

function renderWith(server: ReturnType<typeof fakeSandbox>) {
  return render(
    <SandboxStoreProvider api={(onSend) => createApi({ fetch: server.fetch, onSend })}>
      <Start />
      <SessionActions />
    </SandboxStoreProvider>,
  );
}

describe('SessionActions', () => {
  it('sends one refresh for two GET /me at once after the token expired', async () => {
    const server = fakeSandbox({
      ...expiringSession(),
      'GET state': () => ({ status: 200, body: emptyState }),
      'GET events': () => ({ status: 200, body: { events: [], last: 0 } }),
    });
    renderWith(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Two GET /me at once' }, { timeout: 3000 }).then(async (b) => (await waitFor(() => expect(b).toBeEnabled()), b)));
    await waitFor(() => expect(document.querySelector('[data-answer="200"]')?.textContent).toContain('Signed in as Ada Lovelace'));
    expect(server.count('POST', 'refresh')).toBe(1);
    expect(server.count('GET', 'me')).toBe(4);
    // It refreshed with the cookie: no old token in the body.
    expect(server.calls.find((c) => c.path === 'refresh')?.body).toEqual({});
  });

  it('shows a failed refresh in words with its code', async () => {
    const server = fakeSandbox({
      'GET me': () => ({ status: 401, body: { error: 'token_expired', message: 'The token has expired.', jose: 'ERR_JWT_EXPIRED' } }),
      'POST refresh': () => ({ status: 401, body: { error: 'session_expired', message: 'The refresh token has expired: log in again.', jose: 'ERR_JWT_EXPIRED' } }),
      'GET state': () => ({ status: 200, body: emptyState }),
      'GET events': () => ({ status: 200, body: { events: [], last: 0 } }),
    });
    renderWith(server);
    await waitFor(() => expect(screen.getByRole('button', { name: 'GET /me' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    const answer = await waitFor(() => {
      const el = document.querySelector('[data-answer="session_expired"]');
      if (!el) throw new Error('no answer yet');
      return el;
    });
    expect(answer.textContent).toContain('POST /api/sandbox/refresh → 401 session_expired (ERR_JWT_EXPIRED)');
    expect(answer.textContent).toContain('log in again');
  });
});
