import Link from 'next/link';
import type { SourceInfo } from '@/lib/sandbox-client/types';
import styles from './Timeline.module.css';

/** Which lines of sandbox/ ran, the lesson step that explains them, and the lines themselves. */
export function SourceLink({ info }: { info: SourceInfo }) {
  return (
    <div className={styles.source}>
      <p className={styles.ran}>
        Ran <code>{info.file}</code> <code>#{info.region}</code>
        {info.lesson ? (
          <>
            {' — '}
            <Link href={info.lesson.href}>
              lesson step {info.lesson.step}: “{info.lesson.stepTitle}”
            </Link>
          </>
        ) : null}
      </p>
      {info.lines.length > 0 ? (
        <details className={styles.lines}>
          <summary>
            Show the {info.lines.length} lines<span className="visually-hidden"> of {info.file} #{info.region}</span>
          </summary>
          <pre tabIndex={0} aria-label={`${info.file}, region ${info.region}`}>
            {info.lines.map((line) => (
              <span key={line.number} className={styles.line}>
                <span className={styles.lineNo} aria-hidden="true">
                  {line.number}
                </span>
                {line.text || ' '}
              </span>
            ))}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
