'use client';
// The access tokens this page has seen, kept after they left the cookie, each
// with Copy and "Replay against /me": the one experiment that tells stateless
// from stateful. The server judges the token exactly as GET /me would.
import { useSandbox, useSandboxActions, useSandboxNow } from '@/lib/sandbox-client/context';
import { expiryInWords } from '@/lib/sandbox-client/times';
import { CopyToken } from './CopyToken';
import { OutcomeLine } from './OutcomeLine';
import styles from './ReplayPanel.module.css';
import ui from './ui.module.css';

export function ReplayPanel() {
  const kept = useSandbox((s) => s.kept);
  const mode = useSandbox((s) => s.state?.settings.mode ?? null);
  const current = useSandbox((s) => s.state?.cookies.access?.payload?.jti ?? null);
  const { replayAccess } = useSandboxActions();
  const now = useSandboxNow();
  return (
    <div className={ui.stack}>
      <p className={ui.note} data-mode={mode ?? ''}>
        {mode === 'stateful'
          ? 'Mode: stateful. The server keeps a session record: after logout or reuse detection a copied token answers 401 revoked.'
          : mode === 'stateless'
            ? 'Mode: stateless. The server keeps no record: a copied token answers 200 until its exp, logout or not.'
            : 'Reading the mode…'}
      </p>
      {kept.length === 0 ? (
        <p className={ui.note}>No access tokens yet: log in, and each one this page sees is kept here.</p>
      ) : (
        <ol className={styles.list} reversed aria-label="Access tokens this page has seen, newest first">
          {[...kept].reverse().map((k) => (
            <li key={k.jti} className={styles.item} data-kept={k.jti}>
              <p className={styles.what}>
                <code className={ui.code}>{k.token.slice(0, 10)}…{k.token.slice(-8)}</code> for {k.name}
                {k.jti === current ? <span className={ui.muted}> · in the cookie now</span> : <span className={ui.muted}> · no longer in the cookie</span>}
                {now !== null ? <span className={ui.muted}> · {expiryInWords(k.exp, now)}</span> : null}
              </p>
              <div className={ui.row}>
                <CopyToken token={k.token} label="access token" />
                <button type="button" className={ui.button} onClick={() => void replayAccess(k.token)}>
                  Replay against /me<span className="visually-hidden">: token {k.jti.slice(0, 8)}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <OutcomeLine where="replay" />
    </div>
  );
}
