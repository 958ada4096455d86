import type { Verdict } from '@/lib/sandbox-client/types';
import { Code } from './Code';
import ui from './ui.module.css';

/** What verification concluded, in words, with our code and jose's. */
export function VerdictLine({ verdict, who = 'jose' }: { verdict: Verdict; who?: string }) {
  return (
    <p className={ui.note} data-verdict={verdict.ok ? 'ok' : 'rejected'}>
      {who}:{' '}
      {verdict.ok ? (
        <span className={ui.ok}>
          <span aria-hidden="true">✓</span> verified
        </span>
      ) : (
        <>
          <span className={ui.bad}>
            <span aria-hidden="true">✗</span> rejected
          </span>{' '}
          {verdict.error ? <Code>{verdict.error}</Code> : null}
          {verdict.jose ? (
            <>
              {' '}
              <Code>{verdict.jose}</Code>
            </>
          ) : null}
        </>
      )}
    </p>
  );
}
