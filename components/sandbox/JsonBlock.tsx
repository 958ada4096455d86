import styles from './JsonBlock.module.css';

/** A decoded token part as indented JSON, edged in the part's colour. */
export function JsonBlock({ part, title, value }: { part: 'header' | 'payload'; title: string; value: Record<string, unknown> | null }) {
  return (
    <figure className={styles.block} data-part={part}>
      <figcaption className={styles.caption}>{title} (decoded)</figcaption>
      <pre className={styles.pre} tabIndex={0} aria-label={`${title}, decoded JSON`}>
        {value ? JSON.stringify(value, null, 2) : 'not valid base64url JSON'}
      </pre>
    </figure>
  );
}
