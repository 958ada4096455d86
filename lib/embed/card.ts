// What the share cards (next/og images) draw, as plain data: the colour of
// each token in the light theme, text the card's fonts can draw, the counts.
import type { CodeLine } from '@/lib/lessons/types';

/** `--shiki-light:#24292e;--shiki-dark:#e1e4e8` → `#24292e`; undefined for plain text. */
export function lightColor(style: string | undefined): string | undefined {
  return style?.match(/--shiki-light:\s*(#[0-9a-fA-F]{3,8})\b/)?.[1];
}

/**
 * The cards' fonts (Inter and JetBrains Mono, Latin and Latin Extended) draw
 * these; a glyph outside them would send the image renderer to the network for
 * a fallback font, which a build machine does not have. Common arrows become
 * ASCII; anything else becomes `?`.
 */
const DRAWABLE = /[\u0020-\u007E\u00A0-\u024F\u2000-\u206F\u20AC\u2122\u2212]/;
const ASCII_FOR: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '↔': '<->', '✓': 'v', '×': 'x' };

export function drawableText(text: string): string {
  let out = '';
  for (const char of text.replace(/\t/g, '  ').replace(/[\r\n]/g, ' ')) {
    out += DRAWABLE.test(char) ? char : (ASCII_FOR[char] ?? '?');
  }
  return out;
}

/** At most `max` characters, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "48 lines · 8 steps". */
export const countsLabel = (lines: number, steps: number) => `${plural(lines, 'line')} · ${plural(steps, 'step')}`;

export interface CardRun {
  text: string;
  color?: string;
}

export interface CardLine {
  number: number;
  runs: CardRun[];
}

/** Lines as the card draws them: drawable text, light-theme colours, at most `maxChars` wide. */
export function cardRuns(lines: readonly CodeLine[], maxChars = 80): CardLine[] {
  return lines.map((line) => {
    const runs: CardRun[] = [];
    let width = 0;
    for (const token of line.tokens) {
      if (width >= maxChars) break;
      const text = drawableText(token.content).slice(0, maxChars - width);
      width += text.length;
      if (text) runs.push({ text, color: lightColor(token.style) });
    }
    return { number: line.number, runs };
  });
}

const isBlank = (line: CodeLine) => line.tokens.every((token) => !token.content.trim());

/**
 * The lines a step card shows: `count` lines starting one line above the
 * step's first lit line (some context, unless that line is blank), moved up
 * when the code ends sooner; blank lines at the end dropped.
 */
export function stepWindow(lines: readonly CodeLine[], lit: readonly number[], count: number): CodeLine[] {
  if (lines.length === 0 || lit.length === 0 || count < 1) return [];
  const first = Math.min(...lit);
  const above = lines[first - 2];
  let start = above && !isBlank(above) ? first - 1 : first;
  start = Math.max(1, Math.min(start, lines.length - count + 1));
  const picked = lines.slice(start - 1, start - 1 + count);
  while (picked.length > 0 && isBlank(picked[picked.length - 1] as CodeLine)) picked.pop();
  return picked;
}
