'use client';
// The access and refresh tokens this browser holds, as the server read them.
import { useSandbox, useSandboxActions, useSandboxNow } from '@/lib/sandbox-client/context';
import { TokenCard } from './TokenCard';
import ui from './ui.module.css';

export function TokenInspector() {
  const state = useSandbox((s) => s.state);
  const { tokenExpired: onExpired } = useSandboxActions();
  const now = useSandboxNow();
  if (!state) return <p className={ui.note}>Reading the sandbox state…</p>;
  const { access, refresh } = state.cookies;
  return (
    <>
      {access ? (
        <TokenCard kind="access" view={access} now={now} onExpired={onExpired} />
      ) : (
        <p className={ui.answer} data-empty="access">
          No access cookie in this browser: log in to get one.
        </p>
      )}
      {refresh ? (
        <TokenCard kind="refresh" view={refresh} now={now} onExpired={onExpired} />
      ) : access ? (
        <p className={ui.answer}>No usable refresh token: the newest one is spent or revoked.</p>
      ) : null}
    </>
  );
}
