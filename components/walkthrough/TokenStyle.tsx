// The token classes some code uses (see tokenCss), as one <style> that React
// hoists into <head>. It is named by its content, so players, card previews and
// the studio's editor that share colours share one element.
import type { CodeLine } from '@/lib/lessons/types';
import { tokenClass, tokenCss } from './code-html';

export function TokenStyle({ lines }: { lines: readonly Pick<CodeLine, 'tokens'>[] }) {
  const css = tokenCss(lines);
  if (!css) return null;
  return (
    <style href={`stepwise-${tokenClass(css)}`} precedence="stepwise">
      {css}
    </style>
  );
}
