'use client';
// Log in with a demo account (or a wrong password), see the answer in words with
// its code, and wait out a 429 with its Retry-After counting down.
import { useState, type FormEvent } from 'react';
import { useNowSeconds, useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import type { DemoAccount } from '@/lib/sandbox-client/types';
import { AnswerLine } from './AnswerLine';
import styles from './LoginPanel.module.css';
import ui from './ui.module.css';

const NAMES: Record<string, string> = { 'ada@example.com': 'Ada', 'grace@example.com': 'Grace' };

function RetryCountdown({ until }: { until: number }) {
  const now = useNowSeconds();
  const left = now === 0 ? null : Math.ceil(until / 1000 - now);
  if (left === null) return null;
  return (
    <span role="timer" aria-label="Logins allowed again in" data-retry="">
      {left > 0 ? ` Logins are refused for another ${left} s (Retry-After).` : ' You may try again now.'}
    </span>
  );
}

export function LoginPanel({ accounts }: { accounts: readonly DemoAccount[] }) {
  const first = accounts[0];
  const [email, setEmail] = useState(first?.email ?? '');
  const [password, setPassword] = useState(first?.password ?? '');
  const { logIn } = useSandboxActions();
  const failure = useSandbox((s) => s.login);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void logIn(email, password, 'login form');
  }

  function pick(account: DemoAccount) {
    setEmail(account.email);
    setPassword(account.password);
    void logIn(account.email, account.password, `log in as ${NAMES[account.email] ?? account.email}`);
  }

  function wrongPassword() {
    const who = first?.email ?? 'ada@example.com';
    setEmail(who);
    setPassword('not-the-password');
    void logIn(who, 'not-the-password', 'a wrong password, on purpose');
  }

  return (
    <div className={styles.login}>
      <table className={styles.accounts}>
        <caption className="visually-hidden">Demo accounts</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Password</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.email}>
              <td>
                <code>{a.email}</code>
              </td>
              <td>
                <code>{a.password}</code>
              </td>
              <td>{a.role}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className={ui.row} aria-label="Log in with a demo account">
        {accounts.map((a) => (
          <li key={a.email}>
            <button type="button" className={ui.primary} onClick={() => pick(a)}>
              Log in as {NAMES[a.email] ?? a.email} ({a.role})
            </button>
          </li>
        ))}
        <li>
          <button type="button" className={ui.danger} onClick={wrongPassword}>
            Try a wrong password
          </button>
        </li>
      </ul>

      <form className={styles.form} onSubmit={submit} aria-label="Log in">
        <div className={styles.field}>
          <label htmlFor="sandbox-email">Email</label>
          <input id="sandbox-email" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </div>
        <div className={styles.field}>
          <label htmlFor="sandbox-password">Password</label>
          <input
            id="sandbox-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <button type="submit" className={ui.button}>
          Log in
        </button>
      </form>

      {failure ? <AnswerLine answer={failure} extra={failure.retryUntil ? <RetryCountdown until={failure.retryUntil} /> : null} /> : null}
    </div>
  );
}
