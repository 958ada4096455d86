import type { ReactNode } from 'react';
import styles from './Panel.module.css';

/** One part of the sandbox: a numbered heading, a sentence on what it shows, its content. */
export function Panel({ id, number, title, lead, className, children }: { id: string; number?: number; title: string; lead?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${styles.panel} ${className ?? ''}`}>
      <header className={styles.head}>
        <h2 id={`${id}-title`} className={styles.title}>
          {number !== undefined ? (
            <span className={styles.number} aria-hidden="true">
              {number}
            </span>
          ) : null}
          {title}
        </h2>
        {lead ? <p className={styles.lead}>{lead}</p> : null}
      </header>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
