// Shiki runs here, on the server only: one shared highlighter, created on first
// use, with grammars loaded as lessons need them. Tokens carry both themes as
// CSS variables (`--shiki-light`, `--shiki-dark`), so the page switches theme
// with CSS alone and the browser never receives Shiki.
import 'server-only';
import { createHighlighterCore, getTokenStyleObject, type GrammarState, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { pairThemes, type ThemePair } from './theme-pair';
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
const LIGHT_REPLACEMENTS: Record<string, string> = { '#6e7781': '#59636e' };

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
const shared = globalThis as typeof globalThis & { __stepwiseHighlighter?: Promise<{ shiki: HighlighterCore; pair: ThemePair }> };
const PAIR_THEME = 'stepwise-light-dark';

function highlighter(): Promise<{ shiki: HighlighterCore; pair: ThemePair }> {
  shared.__stepwiseHighlighter ??= (async () => {
    const [light, dark] = await Promise.all([import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')]);
    const pair = pairThemes(PAIR_THEME, light.default, dark.default);
    const shiki = await createHighlighterCore({
      themes: [pair.theme],
      langs: [],
      // The JavaScript engine needs no WebAssembly, starts faster than Oniguruma and runs our grammars faster.
      engine: createJavaScriptRegexEngine(),
    });
    return { shiki, pair };
  })();
  return shared.__stepwiseHighlighter;
}

/** Loads a language's grammar into the shared highlighter, if it is not yet. */
export async function ensureLanguage(language: LanguageId): Promise<void> {
  await withLanguage(language);
}

async function withLanguage(language: LanguageId) {
  const loaded = await highlighter();
  if (!loaded.shiki.getLoadedLanguages().includes(language)) {
    await loaded.shiki.loadLanguage((await GRAMMARS[language]()) as Parameters<HighlighterCore['loadLanguage']>[0]);
  }
  return loaded;
}

/**
 * Shiki stops colouring a line after 500 ms by default, and a cold grammar on a
 * busy machine takes that long for its first line: the rest of it came out
 * plain, by chance. Lessons are ours, so they get no limit and the same colours
 * every build; code from strangers (the studio, shared links) keeps a limit.
 */
export const UNTRUSTED_LINE_MS = 500;

/** One entry per line, each a list of tokens with both theme colours. */
export async function highlight(lines: string[], language: LanguageId, lineTimeLimitMs = 0): Promise<CodeToken[][]> {
  const { shiki, pair } = await withLanguage(language);
  const tokens = shiki.codeToTokensBase(lines.join('\n'), tokenizeOptions(language, lineTimeLimitMs));
  return compactLines(tokens, lines.length, styles(pair));
}

type TokenizeOptions = { lang: LanguageId; theme: string; tokenizeTimeLimit: number };

const tokenizeOptions = (language: LanguageId, lineTimeLimitMs: number): TokenizeOptions => ({ lang: language, theme: PAIR_THEME, tokenizeTimeLimit: lineTimeLimitMs });

// #region halves
// A long file can be highlighted in two halves at once, on two threads
// (lib/studio/highlight-thread.ts). The second half is tokenized as if it
// began at the file's top level; the first half's end state says whether it
// did. States are compared as vscode-textmate compares them to decide that
// later lines need no new tokenizing (VS Code's own incremental rule), so the
// halves are the whole file's tokens or the first half carries on alone.

/** The state a file's top level is in: after one line of nothing. */
function topLevel(shiki: HighlighterCore, options: TokenizeOptions): GrammarState {
  return shiki.getLastGrammarState(' ', options);
}

/**
 * The first `splitAt` lines, when the state after them is the top level (the
 * rest can come from `highlightFromTopLevel`); otherwise every line, carried on
 * from the real state.
 */
export async function highlightHead(lines: string[], splitAt: number, language: LanguageId, lineTimeLimitMs = 0): Promise<CodeToken[][]> {
  const { shiki, pair } = await withLanguage(language);
  const options = tokenizeOptions(language, lineTimeLimitMs);
  const head = shiki.codeToTokens(lines.slice(0, splitAt).join('\n'), options);
  const styleOf = styles(pair);
  const ended = head.grammarState?.getInternalStack();
  if (ended && topLevel(shiki, options).getInternalStack()?.equals(ended)) return compactLines(head.tokens, splitAt, styleOf);
  const rest = shiki.codeToTokens(lines.slice(splitAt).join('\n'), { ...options, grammarState: head.grammarState });
  return [...compactLines(head.tokens, splitAt, styleOf), ...compactLines(rest.tokens, lines.length - splitAt, styleOf)];
}

/** `lines` tokenized from the top level: the second half of a file whose first half ended there. */
export async function highlightFromTopLevel(lines: string[], language: LanguageId, lineTimeLimitMs = 0): Promise<CodeToken[][]> {
  const { shiki, pair } = await withLanguage(language);
  const options = tokenizeOptions(language, lineTimeLimitMs);
  const tokens = shiki.codeToTokensBase(lines.join('\n'), { ...options, grammarState: topLevel(shiki, options) });
  return compactLines(tokens, lines.length, styles(pair));
}
// #endregion

function compactLines(tokens: ThemedToken[][], count: number, styleOf: (token: ThemedToken) => string | undefined): CodeToken[][] {
  return Array.from({ length: count }, (_, i) => compact(tokens[i] ?? [], styleOf));
}

const PLAIN = `--shiki-light:${CODE_THEMES.light.fg};--shiki-dark:${CODE_THEMES.dark.fg}`;

/**
 * A token's style as Shiki writes it for two themes without a default colour
 * (`--shiki-light:…;--shiki-light-font-style:…;--shiki-dark:…`), in lower case,
 * or undefined for plain text. Remembered per colour and font style: a file has few.
 */
function styles(pair: ThemePair): (token: ThemedToken) => string | undefined {
  const known = new Map<string, string | undefined>();
  return ({ color = '', fontStyle = 0 }) => {
    const key = `${color}/${fontStyle}`;
    if (known.has(key)) return known.get(key);
    const [light, dark] = pair.colours.get(color.toLowerCase()) ?? [color, color];
    const font = Object.entries(getTokenStyleObject({ fontStyle }));
    const variant = (name: string, colour: string) => [`--shiki-${name}:${colour}`, ...font.map(([k, v]) => `--shiki-${name}-${k}:${v}`)].join(';');
    const styled = `${variant('light', LIGHT_REPLACEMENTS[light.toLowerCase()] ?? light)};${variant('dark', dark)}`.toLowerCase();
    const style = styled === PLAIN ? undefined : styled;
    known.set(key, style);
    return style;
  };
}

/** Merges neighbours of one style and drops the style of plain text: smaller HTML, same look. */
function compact(line: ThemedToken[], styleOf: (token: ThemedToken) => string | undefined): CodeToken[] {
  const result: CodeToken[] = [];
  for (const token of line) {
    const style = styleOf(token);
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
