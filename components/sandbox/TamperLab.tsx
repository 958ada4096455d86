'use client';
// The tamper lab: forge a token from the current one in this page (no secret
// here), send it to POST /api/sandbox/verify, and read the server's checks.
import { useId, useState, type FormEvent } from 'react';
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import type { LabRun } from '@/lib/sandbox-client/store';
import { PRESETS } from '@/lib/sandbox-client/tamper';
import { AnswerLine } from './AnswerLine';
import { JsonBlock } from './JsonBlock';
import { TokenParts } from './TokenParts';
import styles from './TamperLab.module.css';
import ui from './ui.module.css';

function Result({ run }: { run: LabRun }) {
  const { result } = run;
  return (
    <div className={styles.result} aria-labelledby="lab-result-title" role="group">
      <h3 id="lab-result-title" className={styles.resultTitle}>
        {run.label} <span className={ui.muted}>(checked as {run.kind === 'access' ? 'an access' : 'a refresh'} token)</span>
      </h3>
      <TokenParts token={run.token} label="Sent token" />
      {run.failure ? <AnswerLine answer={run.failure} /> : null}
      {!result && !run.failure ? <p className={ui.note}>Verifying…</p> : null}
      {result ? (
        <>
          <p className={styles.verdict} data-lab-verdict={result.valid ? 'valid' : 'rejected'}>
            {result.valid ? (
              <span className={ui.ok}>
                <span aria-hidden="true">✓</span> Valid: jose accepted it.
              </span>
            ) : (
              <span className={ui.bad}>
                <span aria-hidden="true">✗</span> Rejected: <code className={ui.code}>{result.error}</code>
                {result.jose ? (
                  <>
                    {' '}
                    jose <code className={ui.code}>{result.jose}</code>
                  </>
                ) : null}
              </span>
            )}
          </p>
          <div className={styles.decoded}>
            <JsonBlock part="header" title="Header" value={result.header} />
            <JsonBlock part="payload" title="Payload" value={result.payload} />
          </div>
          <table className={styles.checks}>
            <caption className="visually-hidden">The checks, in the order they are made</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Result</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {result.checks.map((c) => (
                <tr key={c.name} data-check={c.name} data-ok={c.ok}>
                  <th scope="row">{c.name}</th>
                  <td>
                    {/* The server marks checks it could not make only in words (no flag): show them apart from failures. */}
                    {!c.ok && c.detail.startsWith('Not checked') ? (
                      <span className={ui.muted}>
                        <span aria-hidden="true">–</span> not checked
                      </span>
                    ) : (
                      <span className={c.ok ? ui.ok : ui.bad}>
                        <span aria-hidden="true">{c.ok ? '✓' : '✗'}</span> {c.ok ? 'passed' : 'failed'}
                      </span>
                    )}
                    {c.code ? (
                      <>
                        <br />
                        <code className={styles.code}>{c.code}</code>
                      </>
                    ) : null}
                  </td>
                  <td className={styles.why}>{c.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}

function OwnToken() {
  const id = useId();
  const [token, setToken] = useState('');
  const [kind, setKind] = useState<'access' | 'refresh'>('access');
  const { verifyToken } = useSandboxActions();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void verifyToken(token.trim(), kind, 'Your own token');
  }
  return (
    <details className={styles.own}>
      <summary>Or paste a token of your own</summary>
      <form className={ui.stack} onSubmit={submit}>
        <label htmlFor={`${id}-token`} className={styles.label}>
          Token
        </label>
        <textarea id={`${id}-token`} className={styles.textarea} rows={3} value={token} onChange={(e) => setToken(e.target.value)} spellCheck={false} />
        <fieldset className={styles.kinds}>
          <legend className={styles.label}>Check it as</legend>
          {(['access', 'refresh'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {k} token
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit" className={ui.button}>
            Verify
          </button>
        </p>
      </form>
    </details>
  );
}

export function TamperLab() {
  const run = useSandbox((s) => s.lab);
  const hasAccess = useSandbox((s) => s.state?.cookies.access != null);
  const hasRefresh = useSandbox((s) => s.state?.cookies.refresh != null);
  const { runPreset } = useSandboxActions();
  return (
    <>
      {!hasAccess ? <p className={ui.note}>Log in first: the forgeries start from your current access token. The garbage string works anyway.</p> : null}
      <ul className={styles.presets} aria-label="Forgeries">
        {PRESETS.map((preset) => {
          const ready = preset.needs === 'nothing' || (preset.needs === 'access' ? hasAccess : hasRefresh);
          return (
            <li key={preset.id}>
              <button type="button" className={ui.button} onClick={() => void runPreset(preset.id)} disabled={!ready} data-preset={preset.id} aria-describedby={`preset-${preset.id}`}>
                {preset.label}
              </button>
              <span id={`preset-${preset.id}`} className={styles.does}>
                {preset.does}
              </span>
            </li>
          );
        })}
      </ul>
      <OwnToken />
      {run ? <Result run={run} /> : null}
    </>
  );
}
