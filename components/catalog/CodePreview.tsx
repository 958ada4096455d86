import { Tokens } from '@/components/code/Tokens';
import type { CodeLine } from '@/lib/lessons/types';
import styles from './CodePreview.module.css';

/** A few highlighted lines, decorative: the card's title and counts say what it is. */
export function CodePreview({ lines }: { lines: CodeLine[] }) {
  return (
    <pre className={styles.preview} aria-hidden="true">
      <code>
        {lines.map((line) => (
          <span key={line.number} className={styles.line}>
            <Tokens tokens={line.tokens} />
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
