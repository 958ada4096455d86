// How /api/highlight sends its tokens: each distinct style once, in a table, and
// a token as its text (plain) or [text, index into the table]. A 200-line file
// repeats a handful of styles hundreds of times; spelled out on every token
// they were two thirds of the answer.
import type { CodeToken } from '@/lib/lessons/types';

export type WireToken = string | [text: string, style: number];

export interface WireHighlight {
  language: string;
  styles: string[];
  lines: WireToken[][];
}

export function toWire(language: string, lines: CodeToken[][]): WireHighlight {
  const styles: string[] = [];
  const index = new Map<string, number>();
  const styleIndex = (style: string) => {
    let i = index.get(style);
    if (i === undefined) index.set(style, (i = styles.push(style) - 1));
    return i;
  };
  return { language, styles, lines: lines.map((line) => line.map(({ content, style }) => (style === undefined ? content : [content, styleIndex(style)]))) };
}

/** The tokens back, or null when the answer is not in this shape. */
export function fromWire(body: unknown): CodeToken[][] | null {
  const { styles, lines } = (body ?? {}) as Partial<WireHighlight>;
  if (!Array.isArray(styles) || !Array.isArray(lines)) return null;
  return lines.map((line) =>
    line.map((token) => (typeof token === 'string' ? { content: token } : { content: token[0], style: styles[token[1]] })),
  );
}
