import styles from './Token.module.css';

const PARTS = ['header', 'payload', 'signature'] as const;

/** A token as `header.payload.signature`, each part in its colour and underline, each labelled for screen readers. */
export function TokenParts({ token, label }: { token: string; label: string }) {
  const segments = token.split('.');
  if (segments.length !== 3) {
    return (
      <code className={styles.token} aria-label={`${label}, not three parts`} data-token="">
        <span className={styles.plain}>{token || '(empty)'}</span>
      </code>
    );
  }
  return (
    <code className={styles.token} data-token="">
      <span className="visually-hidden">{label}: </span>
      {PARTS.map((part, i) => (
        <span key={part}>
          {i > 0 ? (
            <span className={styles.dot} aria-hidden="true">
              .
            </span>
          ) : null}
          <span className={styles[part]} data-part={part}>
            <span className="visually-hidden">{part} </span>
            {segments[i] ? segments[i] : <span className={styles.empty}>(empty)</span>}
          </span>
        </span>
      ))}
    </code>
  );
}

/** The key to the colours, shown once above the tokens. */
export function TokenLegend() {
  return (
    <ul className={styles.legend} aria-label="Token colours">
      {PARTS.map((part) => (
        <li key={part}>
          <span className={`${styles.sample} ${styles[part]}`} aria-hidden="true">
            abc
          </span>
          <span>{part}{part === 'header' ? ' (solid underline)' : part === 'payload' ? ' (dashed)' : ' (dotted)'}</span>
        </li>
      ))}
    </ul>
  );
}
