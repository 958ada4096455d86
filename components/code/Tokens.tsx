import type { CSSProperties } from 'react';
import type { CodeToken } from '@/lib/lessons/types';

/** `--shiki-light:#24292e;--shiki-dark:#e1e4e8` → a React style object with both variables. */
export function tokenStyle(style: string | undefined): CSSProperties | undefined {
  if (!style) return undefined;
  const entries = style
    .split(';')
    .map((decl) => decl.split(':').map((part) => part.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]));
  return Object.fromEntries(entries) as CSSProperties;
}

/** One line's Shiki tokens; globals.css colours `.shiki-token` for the active theme. */
export function Tokens({ tokens }: { tokens: CodeToken[] }) {
  return tokens.map((token, i) => (
    <span key={i} className="shiki-token" style={tokenStyle(token.style)}>
      {token.content}
    </span>
  ));
}
