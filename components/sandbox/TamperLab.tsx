'use client';
// The tamper lab: real attacks, each one click, built in this page from the
// reader's token (no secret here) or, for claims behind a good signature, made
// by the server; sent to POST /api/sandbox/verify. The result names jose's
// code, the line of verify that stopped it, and what the forgery changed.
import { useId, useState, type FormEvent } from 'react';
import { attackById, ATTACKS, changedFields, STOPPING_LINE, type Attack } from '@/lib/sandbox-client/attacks';
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import { WEAK_SECRET } from '@/lib/sandbox-client/crack';
import type { LabRun } from '@/lib/sandbox-client/store';
import type { Check, LabResult } from '@/lib/sandbox-client/types';
import { plural } from '@/lib/sandbox-client/words';
import { AnswerLine } from './AnswerLine';
import { Code } from './Code';
import { JsonBlock } from './JsonBlock';
import { TokenParts } from './TokenParts';
import { useReveal } from './useReveal';
import styles from './TamperLab.module.css';
import ui from './ui.module.css';

export interface VerifyLine {
  number: number;
  text: string;
}

const notChecked = (c: Check) => !c.ok && c.detail.startsWith('Not checked');

function Verdict({ result }: { result: LabResult }) {
  return (
    <p className={styles.verdict} data-lab-verdict={result.valid ? 'valid' : 'rejected'}>
      {result.valid ? (
        <span className={ui.ok}>
          <span aria-hidden="true">✓</span> Valid: jose accepted it.
        </span>
      ) : (
        <span className={ui.bad}>
          <span aria-hidden="true">✗</span>
          <span>
            Refused: <Code>{result.error ?? 'invalid_token'}</Code>
            {result.jose ? (
              <>
                {' '}
                jose <Code>{result.jose}</Code>
              </>
            ) : null}
          </span>
        </span>
      )}
    </p>
  );
}

function StoppedBy({ result, lines }: { result: LabResult; lines: readonly VerifyLine[] }) {
  const first = result.checks.find((c) => !c.ok);
  const pattern = first ? STOPPING_LINE[first.name] : undefined;
  const line = pattern ? lines.find((l) => pattern.test(l.text)) : undefined;
  if (result.valid || !first || !line) return null;
  return (
    <div className={styles.stopped} data-stopped-by={first.name}>
      <p className={styles.stoppedTitle}>
        Stopped at the <strong>{first.name}</strong> check, by line {line.number} of <code>sandbox/session.ts</code>:
      </p>
      <pre className={styles.line} tabIndex={0} aria-label={`sandbox/session.ts line ${line.number}`}>
        <span className={styles.lineNo} aria-hidden="true">
          {line.number}
        </span>
        {line.text.trim()}
      </pre>
    </div>
  );
}

function Checks({ checks }: { checks: Check[] }) {
  return (
    <table className={styles.checks}>
      <caption className={styles.caption}>The checks, in the order jose makes them</caption>
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Result</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.name} data-check={c.name} data-ok={c.ok}>
            <th scope="row">{c.name}</th>
            <td>
              {notChecked(c) ? (
                <span className={ui.muted}>
                  <span aria-hidden="true">–</span> not reached
                </span>
              ) : (
                <span className={c.ok ? ui.ok : ui.bad}>
                  <span aria-hidden="true">{c.ok ? '✓' : '✗'}</span> {c.ok ? 'passed' : 'failed'}
                </span>
              )}
              {c.code && !notChecked(c) ? (
                <>
                  <br />
                  <Code>{c.code}</Code>
                </>
              ) : null}
            </td>
            <td className={styles.why}>{c.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Crack({ crack }: { crack: NonNullable<LabRun['crack']> }) {
  const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
  return (
    <ol className={styles.crack} data-crack="">
      <li data-crack-weak={crack.weak.found ?? 'none'}>
        A token signed with <code className={ui.code}>{WEAK_SECRET}</code>, as a careless server might:{' '}
        {crack.weak.found ? (
          <strong className={ui.bad}>
            cracked in {ms(crack.weak.ms)}, after {plural(crack.weak.tried, 'guess', 'guesses')}: the secret is “{crack.weak.found}”.
          </strong>
        ) : (
          'not cracked.'
        )}{' '}
        With it, anyone could sign any claims.
      </li>
      <li data-crack-ours={crack.ours.found ?? 'none'}>
        The sandbox’s own token, same list:{' '}
        {crack.ours.found ? (
          <strong className={ui.bad}>cracked!</strong>
        ) : (
          <strong className={ui.ok}>
            not cracked ({plural(crack.ours.tried, 'guess', 'guesses')}, {ms(crack.ours.ms)}).
          </strong>
        )}{' '}
        Its key is 32 random bytes: 2<sup>256</sup> possibilities, no list contains it.
      </li>
      <li>The weak token, sent to verify:</li>
    </ol>
  );
}

function Result({ run, lines }: { run: LabRun; lines: readonly VerifyLine[] }) {
  const { result } = run;
  const attack = run.attack === 'own' ? undefined : attackById(run.attack);
  const changed = run.token && run.before ? changedFields(run.before, run.token) : null;
  const ref = useReveal<HTMLDivElement>(result || run.failure ? run.token + run.label : null);
  return (
    <div ref={ref} className={styles.result} aria-labelledby="lab-result-title" role="group" data-lab-result={run.attack}>
      <h3 id="lab-result-title" className={styles.resultTitle}>
        {run.label} <span className={ui.muted}>(checked as {run.kind === 'access' ? 'an access' : 'a refresh'} token)</span>
      </h3>
      {run.crack ? <Crack crack={run.crack} /> : null}
      {run.token ? <TokenParts token={run.token} label="Sent token" /> : null}
      {changed?.signature ? <p className={ui.note}>The signature changed too.</p> : null}
      {run.failure ? <AnswerLine answer={run.failure} /> : null}
      {!result && !run.failure ? <p className={ui.note}>Verifying…</p> : null}
      {result ? (
        <>
          <Verdict result={result} />
          <StoppedBy result={result} lines={lines} />
          {attack?.moral ? <p className={styles.moral}>{attack.moral}</p> : null}
          {run.variants?.length ? (
            <ul className={styles.variants} aria-label="Other spellings, each refused">
              {run.variants.map((v) => (
                <li key={v.label} data-variant={v.label} data-variant-valid={v.result?.valid ?? 'unknown'}>
                  {v.label}:{' '}
                  {v.result ? (
                    v.result.valid ? (
                      <span className={ui.ok}>valid</span>
                    ) : (
                      <span className={ui.bad}>
                        refused <Code>{v.result.jose ?? v.result.error ?? 'invalid'}</Code>
                      </span>
                    )
                  ) : (
                    'no answer'
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <div className={styles.decoded}>
            <JsonBlock part="header" title="Header" value={result.header} changed={changed?.header ?? []} />
            <JsonBlock part="payload" title="Payload" value={result.payload} changed={changed?.payload ?? []} />
          </div>
          <Checks checks={result.checks} />
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
        <p className={ui.note}>This checks the signature and claims only, like jose. Whether its session is still open is what “Replay against /me” asks.</p>
        <p>
          <button type="submit" className={ui.button}>
            Verify
          </button>
        </p>
      </form>
    </details>
  );
}

const GROUPS = [...new Set(ATTACKS.map((a) => a.group))];

export function TamperLab({ verifyLines }: { verifyLines: readonly VerifyLine[] }) {
  const run = useSandbox((s) => s.lab);
  const hasAccess = useSandbox((s) => s.state?.cookies.access != null);
  const hasRefresh = useSandbox((s) => s.state?.cookies.refresh != null);
  const { runAttack } = useSandboxActions();
  const ready = (a: Attack) => a.needs === 'nothing' || (a.needs === 'access' ? hasAccess : hasRefresh);
  return (
    <>
      {!hasAccess ? <p className={ui.note}>Log in first: the attacks start from your current access token. The garbage string works anyway.</p> : null}
      {GROUPS.map((group) => (
        <section key={group} className={styles.group} aria-label={group}>
          <h3 className={styles.groupTitle}>{group}</h3>
          <ul className={styles.presets}>
            {ATTACKS.filter((a) => a.group === group).map((attack) => (
              <li key={attack.id}>
                <button type="button" className={ui.button} onClick={() => void runAttack(attack.id)} disabled={!ready(attack)} data-attack={attack.id} aria-describedby={`attack-${attack.id}`}>
                  {attack.label}
                </button>
                <span id={`attack-${attack.id}`} className={styles.does}>
                  {attack.does}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <OwnToken />
      {run ? <Result run={run} lines={verifyLines} /> : null}
    </>
  );
}
