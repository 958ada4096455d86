import styles from './JsonBlock.module.css';

function Lines({ value, changed }: { value: Record<string, unknown>; changed: readonly string[] }) {
  const keys = Object.keys(value);
  const removed = changed.filter((k) => !(k in value));
  return (
    <>
      {'{\n'}
      {keys.map((key, i) => {
        const text = `  ${JSON.stringify(key)}: ${JSON.stringify(value[key], null, 2).replace(/\n/g, '\n  ')}${i < keys.length - 1 ? ',' : ''}\n`;
        return changed.includes(key) ? (
          <mark key={key} className={styles.changed} data-changed={key}>
            <span className="visually-hidden">changed: </span>
            {text}
          </mark>
        ) : (
          <span key={key}>{text}</span>
        );
      })}
      {removed.map((key) => (
        <mark key={key} className={styles.changed} data-changed={key}>
          {`  (${key} removed)\n`}
        </mark>
      ))}
      {'}'}
    </>
  );
}

/** A decoded token part as indented JSON, edged in the part's colour; `changed` names top-level fields to highlight. */
export function JsonBlock({ part, title, value, changed }: { part: 'header' | 'payload'; title: string; value: Record<string, unknown> | null; changed?: readonly string[] }) {
  return (
    <figure className={styles.block} data-part={part}>
      <figcaption className={styles.caption}>{title} (decoded)</figcaption>
      <pre className={styles.pre} tabIndex={0} aria-label={`${title}, decoded JSON`}>
        {!value ? 'not valid base64url JSON' : changed?.length ? <Lines value={value} changed={changed} /> : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}
