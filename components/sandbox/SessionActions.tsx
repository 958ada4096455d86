'use client';
// What a logged-in page does: ask who it is, refresh, log out, open the
// protected page. `me` goes through the client that refreshes once on
// token_expired; "two at once" shows that two parallel calls still spend the
// refresh token only once. Each button is enabled only when it can apply.
import Link from 'next/link';
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import { OutcomeLine } from './OutcomeLine';
import ui from './ui.module.css';

export function SessionActions() {
  const access = useSandbox((s) => s.state?.cookies.access ?? null);
  const refresh = useSandbox((s) => s.state?.cookies.refresh ?? null);
  const known = useSandbox((s) => s.state !== null);
  const { callMe, callMeTwice, refreshNow, logOut } = useSandboxActions();
  const name = typeof access?.payload?.name === 'string' ? access.payload.name : null;
  const role = typeof access?.payload?.role === 'string' ? access.payload.role : null;
  const session = access !== null || refresh !== null;

  return (
    <div className={ui.stack}>
      <p className={ui.note} data-session-status="">
        {!known
          ? 'Reading the session…'
          : access
            ? `Logged in${name ? ` as ${name}` : ''}${role ? ` (role ${role})` : ''}: this browser holds an access cookie.`
            : refresh
              ? 'The access cookie is gone, but a refresh token is live: refresh to get a new access token.'
              : 'Not logged in: no access cookie.'}
      </p>
      <ul className={ui.row} aria-label="Session requests">
        <li>
          <button type="button" className={ui.button} onClick={() => void callMe('GET me button')} disabled={!session}>
            GET /me
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void callMeTwice()} disabled={!session}>
            Two GET /me at once
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void refreshNow()} disabled={!refresh}>
            Refresh now
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void logOut()} disabled={!session}>
            Log out
          </button>
        </li>
      </ul>
      <OutcomeLine where="session" />
      <p className={ui.note}>
        <Link href="/sandbox/account">Open the protected account page</Link>: the proxy glances at the cookie, then the page verifies it for real.
      </p>
    </div>
  );
}
