// One tokenization for both code themes must colour every token exactly as
// Shiki's own two-theme tokenization does: the reference below is the
// highlighter as it was before (`themes: { light, dark }`), run on every
// lesson's code.
import { describe, expect, test } from 'vitest';
import { createHighlighterCore, getTokenStyleObject, stringifyTokenStyle, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { getAllLessons } from '@/lib/lessons';
import { CODE_THEMES, highlight } from '@/lib/lessons/highlight';
import { LANGUAGE_IDS } from '@/lib/lessons/languages';
import { pairThemes } from '@/lib/lessons/theme-pair';

const PLAIN = `--shiki-light:${CODE_THEMES.light.fg};--shiki-dark:${CODE_THEMES.dark.fg}`;

async function twoThemeHighlighter() {
  const shiki = await createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: LANGUAGE_IDS.map((id) => import(`shiki/langs/${id}.mjs`)),
    engine: createJavaScriptRegexEngine(),
  });
  return (lines: string[], lang: string) => {
    const { tokens } = shiki.codeToTokens(lines.join('\n'), {
      lang,
      themes: { light: CODE_THEMES.light.name, dark: CODE_THEMES.dark.name },
      defaultColor: false,
      colorReplacements: { [CODE_THEMES.light.name]: { '#6e7781': '#59636e' } },
    });
    return lines.map((_, i) => merge(tokens[i] ?? []));
  };
}

/** The same merging as lib/lessons/highlight.ts: neighbours of one style, and spaces into what precedes them. */
function merge(line: ThemedToken[]) {
  const result: { content: string; style?: string }[] = [];
  for (const token of line) {
    const styled = stringifyTokenStyle(token.htmlStyle ?? getTokenStyleObject(token)).toLowerCase();
    const style = styled === PLAIN ? undefined : styled;
    const previous = result.at(-1);
    if (previous && (previous.style === style || !token.content.trim())) previous.content += token.content;
    else result.push(style ? { content: token.content, style } : { content: token.content });
  }
  return result;
}

describe('one tokenization for both themes', () => {
  test("colours every lesson's code exactly as two tokenizations do", async () => {
    const reference = await twoThemeHighlighter();
    const files = (await getAllLessons()).flatMap((lesson) => lesson.files.flatMap((file) => file.versions.map((version) => ({ lesson: lesson.meta.slug, file, version }))));
    const languages = new Set<string>();
    for (const { lesson, file, version } of files) {
      const lines = version.lines.map((line) => line.tokens.map((t) => t.content).join(''));
      expect(await highlight(lines, file.language), `${lesson}: ${file.name} (${version.label})`).toEqual(reference(lines, file.language));
      languages.add(file.language);
    }
    // The lessons cover most languages; the rest get a sample of their own.
    expect(languages.size).toBeGreaterThanOrEqual(6);
    const samples = ['const x = <T,>(a: T) => `${a}`; // note', 'SELECT id FROM t WHERE a = $1; -- why', 'fn main() { let s = "x"; } // why', '{"a": [1, true, null]}'];
    for (const language of LANGUAGE_IDS) for (const sample of samples) expect(await highlight([sample], language), language).toEqual(reference([sample], language));
  }, 120_000);

  test('refuses themes whose rules differ, rather than colour tokens wrongly', () => {
    const light = { name: 'a', settings: [], colors: { 'editor.foreground': '#000000' }, tokenColors: [{ scope: 'comment', settings: { foreground: '#111111' } }] };
    const dark = { name: 'b', settings: [], colors: { 'editor.foreground': '#ffffff' }, tokenColors: [{ scope: 'string', settings: { foreground: '#eeeeee' } }] };
    expect(() => pairThemes('pair', light, dark)).toThrow(/no longer share their rules/);
    const same = pairThemes('pair', light, { ...dark, tokenColors: [{ scope: 'comment', settings: { foreground: '#eeeeee' } }] });
    const placeholder = same.theme.tokenColors?.[0]?.settings.foreground as string;
    expect(same.colours.get(placeholder)).toEqual(['#111111', '#eeeeee']);
  });
});
