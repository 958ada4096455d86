// The code pane's lines as one HTML string, built on the server. React then
// hydrates one element instead of a node per token: a 200-line lesson costs
// the browser no extra work, and the page carries the code compactly.
import type { CodeLine, CodeToken } from '@/lib/lessons/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

function tokenHtml({ content, style }: CodeToken): string {
  // Plain text takes the pane's own colours: no element needed.
  if (!style) return escapeHtml(content);
  return `<span class="shiki-token" style="${escapeHtml(style)}">${escapeHtml(content)}</span>`;
}

/**
 * One element per line: `data-line` its number; `data-step` the first step
 * that lights it (a click goes there); `data-badge` every such step, 1-based,
 * shown in the gutter when the lesson is read without JavaScript;
 * `data-lit` on the lines `litLines` names.
 */
export function codeHtml(lines: readonly CodeLine[], litLines: ReadonlySet<number>): string {
  return lines
    .map((line) => {
      const first = line.steps[0];
      const attrs =
        first === undefined
          ? ''
          : ` data-step="${first}" data-badge="${line.steps.map((s) => s + 1).join(' ')}"${litLines.has(line.number) ? ' data-lit=""' : ''}`;
      return `<span data-line="${line.number}"${attrs}>${line.tokens.map(tokenHtml).join('')}</span>`;
    })
    .join('');
}

/** Widest badge text, in characters, so the gutter fits it. */
export function badgeWidth(lines: readonly CodeLine[]): number {
  return lines.reduce((widest, line) => Math.max(widest, line.steps.map((s) => s + 1).join(' ').length), 0);
}
