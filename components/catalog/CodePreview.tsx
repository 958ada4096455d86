import { attr, tokenHtml } from '@/components/walkthrough/code-html';
import { TokenStyle } from '@/components/walkthrough/TokenStyle';
import type { CodeLine } from '@/lib/lessons/types';
import styles from './CodePreview.module.css';

// One HTML string, not an element per token: the page carries it twice (the
// HTML and React's payload), and a card grid has several. Colours are the code
// pane's short token classes, defined once a page, not a style on every token.
const previewHtml = (lines: CodeLine[]) =>
  lines.map((line) => `<span${attr('class', styles.line ?? '')}>${line.tokens.map((t) => tokenHtml(t.content, t.style)).join('')}\n</span>`).join('');

/** A few highlighted lines, decorative: the card's title and counts say what it is. */
export function CodePreview({ lines }: { lines: CodeLine[] }) {
  return (
    <pre className={styles.preview} aria-hidden="true">
      <code dangerouslySetInnerHTML={{ __html: previewHtml(lines) }} />
      <TokenStyle lines={lines} />
    </pre>
  );
}
