'use client';
// One way to log in: a button per demo account. The form is there to try a
// wrong password (the throttle counts failures); it forgets the password after
// each try. A 429's Retry-After counts down beside the answer.
import { useId, useState, type FormEvent } from 'react';
import { useNowSeconds, useSandboxActions } from '@/lib/sandbox-client/context';
import type { DemoAccount } from '@/lib/sandbox-client/types';
import { OutcomeLine } from './OutcomeLine';
import styles from './LoginPanel.module.css';
import ui from './ui.module.css';

const NAMES: Record<string, string> = { 'ada@example.com': 'Ada', 'grace@example.com': 'Grace' };

function RetryCountdown({ until }: { until: number }) {
  const now = useNowSeconds();
  const left = now === 0 ? null : Math.ceil(until / 1000 - now);
  if (left === null) return null;
  return (
    <span role="timer" aria-label="Logins allowed again in" data-retry="">
      {left > 0 ? ` Logins are refused for another ${left} s (Retry-After).` : ' That wait is over: you may try again now.'}
    </span>
  );
}

export function LoginPanel({ accounts }: { accounts: readonly DemoAccount[] }) {
  const id = useId();
  const [email, setEmail] = useState(accounts[0]?.email ?? '');
  const [password, setPassword] = useState('');
  const { logIn } = useSandboxActions();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = password;
    setPassword('');
    void logIn(email, typed, 'login form');
  }

  return (
    <div className={styles.login}>
      <ul className={ui.row} aria-label="Log in with a demo account">
        {accounts.map((a) => (
          <li key={a.email}>
            <button type="button" className={ui.primary} onClick={() => void logIn(a.email, a.password, `log in as ${NAMES[a.email] ?? a.email}`)}>
              Log in as {NAMES[a.email] ?? a.email} ({a.role})
            </button>
          </li>
        ))}
      </ul>
      <p className={ui.note}>
        {accounts.map((a, i) => (
          <span key={a.email}>
            {i > 0 ? '; ' : 'Demo accounts: '}
            <code className={`${ui.code} ${styles.credential}`}>{a.email}</code> / <code className={`${ui.code} ${styles.credential}`}>{a.password}</code> ({a.role})
          </span>
        ))}
        .
      </p>

      <details className={styles.wrong}>
        <summary>Try a wrong password</summary>
        <form className={styles.form} onSubmit={submit} aria-label="Log in with a password you type">
          <div className={styles.field}>
            <label htmlFor={`${id}-email`}>Email</label>
            <input id={`${id}-email`} name="email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-password`}>Password</label>
            <input id={`${id}-password`} name="password" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          <button type="submit" className={ui.button}>
            Log in
          </button>
        </form>
        <p className={ui.note}>Five failures in a minute and the server answers 429 until its Retry-After has passed.</p>
      </details>

      <OutcomeLine where="login" extra={(until) => <RetryCountdown until={until} />} />
    </div>
  );
}
