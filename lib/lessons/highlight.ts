// Shiki runs here, on the server only: one shared highlighter, created on first
// use, with grammars loaded as lessons need them. Tokens carry both themes as
// CSS variables (`--shiki-light`, `--shiki-dark`), so the page switches theme
// with CSS alone and the browser never receives Shiki.
import 'server-only';
import {
  createHighlighterCore,
  getTokenStyleObject,
  stringifyTokenStyle,
  type HighlighterCore,
  type ThemedToken,
} from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { CodeToken } from './types';
import type { LanguageId } from './languages';

/**
 * The theme pair and its colours. Every token colour is at least 4.5:1 against
 * its own background (WCAG AA; tests/unit/lessons/highlight.test.ts checks
 * every lesson): 5.0:1 at worst in light, 6.1:1 in dark, which leaves room for a
 * lit-line tint. The UI paints the code pane with `bg` and sets
 * `--shiki-light`/`--shiki-dark` to `fg` on it: tokens in the plain foreground
 * carry no style of their own and inherit those.
 */
export const CODE_THEMES = {
  light: { name: 'github-light-default', bg: '#ffffff', fg: '#1f2328' },
  dark: { name: 'github-dark-default', bg: '#0d1117', fg: '#e6edf3' },
} as const;

// github-light-default's comment grey is 4.55:1 on white: AA with no margin, so
// any tint behind a lit line would fail. Its darker muted grey (6.1:1) replaces it.
const COLOR_REPLACEMENTS = { [CODE_THEMES.light.name]: { '#6e7781': '#59636e' } };

// Fine-grained imports keep the build from loading every grammar Shiki ships.
const GRAMMARS: Record<LanguageId, () => Promise<unknown>> = {
  typescript: () => import('shiki/langs/typescript.mjs'),
  tsx: () => import('shiki/langs/tsx.mjs'),
  javascript: () => import('shiki/langs/javascript.mjs'),
  jsx: () => import('shiki/langs/jsx.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  go: () => import('shiki/langs/go.mjs'),
  rust: () => import('shiki/langs/rust.mjs'),
  bash: () => import('shiki/langs/bash.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  json: () => import('shiki/langs/json.mjs'),
};

// On globalThis so dev-server reloads of this module reuse one highlighter.
const shared = globalThis as typeof globalThis & { __stepwiseHighlighter?: Promise<HighlighterCore> };

function highlighter(): Promise<HighlighterCore> {
  shared.__stepwiseHighlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: [],
    // The JavaScript engine needs no WebAssembly and starts faster than Oniguruma.
    engine: createJavaScriptRegexEngine(),
  });
  return shared.__stepwiseHighlighter;
}

async function withLanguage(language: LanguageId): Promise<HighlighterCore> {
  const shiki = await highlighter();
  if (!shiki.getLoadedLanguages().includes(language)) {
    await shiki.loadLanguage((await GRAMMARS[language]()) as Parameters<HighlighterCore['loadLanguage']>[0]);
  }
  return shiki;
}

/** One entry per line, each a list of tokens with both theme colours. */
export async function highlight(lines: string[], language: LanguageId): Promise<CodeToken[][]> {
  const shiki = await withLanguage(language);
  const { tokens } = shiki.codeToTokens(lines.join('\n'), {
    lang: language,
    themes: { light: CODE_THEMES.light.name, dark: CODE_THEMES.dark.name },
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
  });
  return lines.map((_, i) => compact(tokens[i] ?? []));
}

const PLAIN = `--shiki-light:${CODE_THEMES.light.fg};--shiki-dark:${CODE_THEMES.dark.fg}`;

/** Merges neighbours of one style and drops the style of plain text: smaller HTML, same look. */
function compact(line: ThemedToken[]): CodeToken[] {
  const result: CodeToken[] = [];
  for (const token of line) {
    const styled = stringifyTokenStyle(token.htmlStyle ?? getTokenStyleObject(token)).toLowerCase();
    const style = styled === PLAIN || styled === '' ? undefined : styled;
    const previous = result.at(-1);
    // Spaces have no colour to show, so they join whatever comes before them.
    if (previous && (previous.style === style || !token.content.trim())) {
      previous.content += token.content;
    } else {
      result.push(style ? { content: token.content, style } : { content: token.content });
    }
  }
  return result;
}
