import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createApi } from '@/components/sandbox/api';
import { SessionActions } from '@/components/sandbox/SessionActions';
import { SandboxStoreProvider } from '@/lib/sandbox-client/context';
import { expiringSession, fakeSandbox } from './fake-server';

const emptyState = {
  clock: { now: 1_800_000_000, offset: 0, realNow: 1_800_000_000 },
  settings: { mode: 'stateless', accessTtl: 30, refreshTtl: 300, idleTimeout: 600, absoluteTimeout: 3600 },
  bounds: { accessTtl: [5, 3600], refreshTtl: [30, 86400], idleTimeout: [30, 86400], absoluteTimeout: [60, 604800], maxAdvanceSeconds: 2592000 },
  secure: false,
  cookies: { access: null, refresh: null },
  families: [],
  accounts: [],
};

function renderWith(server: ReturnType<typeof fakeSandbox>) {
  return render(
    <SandboxStoreProvider api={(onSend) => createApi({ fetch: server.fetch, onSend })}>
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
    await userEvent.click(screen.getByRole('button', { name: 'Two GET /me at once' }));
    await waitFor(() => expect(screen.getByText(/Signed in as Ada Lovelace/)).toBeInTheDocument());
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
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    await waitFor(() => expect(screen.getByText(/POST \/api\/sandbox\/refresh → 401 session_expired \(ERR_JWT_EXPIRED\)/)).toBeInTheDocument());
    expect(screen.getByText(/log in again/)).toBeInTheDocument();
  });
});
