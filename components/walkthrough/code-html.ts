// The code pane's lines as one HTML string, built on the server. React hydrates
// one element instead of a node per token, so a 200-line lesson costs the
// browser no extra work. The page carries the code twice (the HTML and React's
// payload), so each byte counts twice: a token's colours become a short class
// (defined once in tokenCss), and attributes that need no quotes get none.
import type { CodeLine } from '@/lib/lessons/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** An attribute, quoted only when its value needs it. */
export function attr(name: string, value: string | number): string {
  const text = String(value);
  return /^[\w.-]+$/.test(text) ? ` ${name}=${text}` : ` ${name}="${escapeHtml(text)}"`;
}

// Declarations as Shiki writes them; anything else stays an inline style.
const SAFE_STYLE = /^[\w\s#:;.,()%-]+$/;

/** FNV-1a: a short, stable name for a style, the same on every page. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export const tokenClass = (style: string): string => `t${hash(style)}`;

export function tokenHtml(content: string, style: string | undefined): string {
  // Plain text takes the pane's own colours: no element needed.
  if (!style) return escapeHtml(content);
  const look = SAFE_STYLE.test(style) ? attr('class', tokenClass(style)) : attr('style', style);
  return `<span${look}>${escapeHtml(content)}</span>`;
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
      const marks =
        first === undefined
          ? ''
          : attr('data-step', first) +
            attr('data-badge', line.steps.map((s) => s + 1).join(' ')) +
            (litLines.has(line.number) ? ' data-lit' : '');
      const tokens = line.tokens.map((t) => tokenHtml(t.content, t.style)).join('');
      return `<span${attr('data-line', line.number)}${marks}>${tokens}</span>`;
    })
    .join('');
}

/** The token classes this code uses, each defined once: `.t1k2v3{--shiki-light:…;--shiki-dark:…}`. */
export function tokenCss(lines: readonly Pick<CodeLine, 'tokens'>[]): string {
  const styles = new Set<string>();
  for (const line of lines) for (const t of line.tokens) if (t.style && SAFE_STYLE.test(t.style)) styles.add(t.style);
  return [...styles].map((style) => `.${tokenClass(style)}{${style}}`).join('');
}

/** Widest badge text, in characters, so the gutter fits it. */
export function badgeWidth(lines: readonly Pick<CodeLine, 'steps'>[]): number {
  return lines.reduce((widest, line) => Math.max(widest, line.steps.map((s) => s + 1).join(' ').length), 0);
}
