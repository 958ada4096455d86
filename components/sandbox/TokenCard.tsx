'use client';
// One token as the server decoded it: its cookie, the server's verdict, a live
// countdown to exp on the sandbox clock, the colour-coded compact form, the
// decoded header and payload, and its times in words.
import { useEffect } from 'react';
import { clockTime, expiryInWords, issuedInWords } from '@/lib/sandbox-client/times';
import type { TokenView } from '@/lib/sandbox-client/types';
import { CopyToken } from './CopyToken';
import { JsonBlock } from './JsonBlock';
import { TokenParts } from './TokenParts';
import { VerdictLine } from './VerdictLine';
import styles from './TokenCard.module.css';

const seconds = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export interface TokenCardProps {
  kind: 'access' | 'refresh';
  view: TokenView;
  /** Sandbox time in seconds; null until known. */
  now: number | null;
  /** Called (repeatedly; the store de-duplicates) once the countdown has reached exp. */
  onExpired?: (kind: 'access' | 'refresh', jti: string) => void;
}

export function TokenCard({ kind, view, now, onExpired }: TokenCardProps) {
  const iat = seconds(view.payload?.iat);
  const exp = seconds(view.payload?.exp);
  const jti = typeof view.payload?.jti === 'string' ? view.payload.jti : view.token.slice(-16);
  const left = exp !== null && now !== null ? exp - now : null;
  const expired = left !== null && left <= 0;
  const lifetime = exp !== null && iat !== null ? Math.max(1, exp - iat) : null;
  const title = kind === 'access' ? 'Access token' : 'Refresh token';

  useEffect(() => {
    if (expired) onExpired?.(kind, jti);
  }, [expired, kind, jti, onExpired]);

  return (
    <article className={styles.card} aria-labelledby={`${kind}-token-title`} data-token-kind={kind} data-expired={expired || undefined}>
      <header className={styles.head}>
        <h3 id={`${kind}-token-title`} className={styles.title}>
          {title}
        </h3>
        <p className={styles.cookie}>
          cookie <code>{view.name}</code> · Path=<code>{view.path}</code>
        </p>
      </header>

      {view.note ? <p className={styles.note}>{view.note}</p> : null}

      <div className={styles.status}>
        <p className={styles.countdown} role="timer" aria-label={`${title} expiry`} data-countdown="">
          {exp === null ? 'no exp claim' : now === null ? '…' : expiryInWords(exp, now)}
        </p>
        {left !== null && lifetime !== null ? (
          <div className={styles.meter} aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(1, left / lifetime)) * 100}%` }} data-low={left / lifetime < 0.25 || undefined} />
          </div>
        ) : null}
        <VerdictLine verdict={view.verdict} who="The server, when this view was read" />
      </div>

      <TokenParts token={view.token} label={title} />
      <p className={styles.actions}>
        <CopyToken token={view.token} label={title.toLowerCase()} />
      </p>

      <div className={styles.decoded}>
        <JsonBlock part="header" title="Header" value={view.header} />
        <JsonBlock part="payload" title="Payload" value={view.payload} />
      </div>

      <dl className={styles.times}>
        <dt>iat</dt>
        <dd>
          {iat === null ? 'missing' : now === null ? clockTime(iat) : issuedInWords(iat, now)}
          {iat !== null ? <span className={styles.clock}> · {clockTime(iat)}</span> : null}
        </dd>
        <dt>exp</dt>
        <dd>
          {exp === null ? 'missing' : now === null ? clockTime(exp) : expiryInWords(exp, now)}
          {exp !== null ? <span className={styles.clock}> · {clockTime(exp)}</span> : null}
        </dd>
      </dl>
    </article>
  );
}
