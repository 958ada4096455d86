'use client';
// What a logged-in page does: ask who it is, refresh, log out. `me` goes through
// the client that refreshes once on token_expired; "two at once" shows that two
// parallel calls still spend the refresh token only once.
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import { AnswerLine } from './AnswerLine';
import ui from './ui.module.css';

export function SessionActions() {
  const access = useSandbox((s) => s.state?.cookies.access ?? null);
  const answer = useSandbox((s) => s.session);
  const { callMe, callMeTwice, refreshNow, logOut } = useSandboxActions();
  const name = typeof access?.payload?.name === 'string' ? access.payload.name : null;
  const role = typeof access?.payload?.role === 'string' ? access.payload.role : null;

  return (
    <div className={ui.stack}>
      <p className={ui.note} data-session-status="">
        {access ? (
          <>
            This browser holds an access cookie{name ? ` for ${name}` : ''}
            {role ? ` (role ${role})` : ''}.
          </>
        ) : (
          'Not logged in: no access cookie.'
        )}
      </p>
      <ul className={ui.row} aria-label="Session requests">
        <li>
          <button type="button" className={ui.button} onClick={() => void callMe('GET me button')}>
            GET /me
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void callMeTwice()}>
            Two GET /me at once
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void refreshNow()}>
            Refresh now
          </button>
        </li>
        <li>
          <button type="button" className={ui.button} onClick={() => void logOut()}>
            Log out
          </button>
        </li>
      </ul>
      {answer ? <AnswerLine answer={answer} /> : null}
    </div>
  );
}
