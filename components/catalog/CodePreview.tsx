import { attr, escapeHtml } from '@/components/walkthrough/code-html';
import type { CodeLine } from '@/lib/lessons/types';
import styles from './CodePreview.module.css';

// One HTML string, not an element per token: the page carries it twice (the
// HTML and React's payload), and a card grid has several.
const tokenHtml = ({ content, style }: CodeLine['tokens'][number]) =>
  style ? `<span class=shiki-token${attr('style', style)}>${escapeHtml(content)}</span>` : escapeHtml(content);

const previewHtml = (lines: CodeLine[]) =>
  lines.map((line) => `<span${attr('class', styles.line ?? '')}>${line.tokens.map(tokenHtml).join('')}\n</span>`).join('');

/** A few highlighted lines, decorative: the card's title and counts say what it is. */
export function CodePreview({ lines }: { lines: CodeLine[] }) {
  return (
    <pre className={styles.preview} aria-hidden="true">
      <code dangerouslySetInnerHTML={{ __html: previewHtml(lines) }} />
    </pre>
  );
}
