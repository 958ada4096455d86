import { describe, expect, test } from 'vitest';
import { getAllLessons } from '@/lib/lessons';
import { CODE_THEMES, highlight } from '@/lib/lessons/highlight';
import { LANGUAGE_IDS } from '@/lib/lessons/languages';
import { stripRegions } from '@/lib/lessons/regions';

const VARIABLES = /^--shiki-light:(#[0-9a-f]{6});--shiki-dark:(#[0-9a-f]{6})(;.*)?$/;

/** A token style's colour for one theme, e.g. `#116329` from `--shiki-light:#116329;…`. */
function themeColour(style: string, theme: 'light' | 'dark'): string | undefined {
  return new RegExp(`(?:^|;)--shiki-${theme}:(#[0-9a-f]{6})(?:;|$)`).exec(style)?.[1];
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('highlight', () => {
  const source = ['// #region greet', 'export function greet(name: string) {', '  return `hi ${name}`;', '}', '// #endregion', ''].join('\n');

  test('every displayed line is its own entry, and no marker line survives', async () => {
    const { lines } = stripRegions(source);
    const tokens = await highlight(lines, 'typescript');
    expect(tokens).toHaveLength(3);
    expect(tokens.map((line) => line.map((t) => t.content).join(''))).toEqual(lines);
    expect(tokens.flat().some((t) => t.content.includes('#region'))).toBe(false);
  });

  test('coloured tokens carry both theme colours as CSS variables, and nothing else', async () => {
    const tokens = (await highlight(['const answer = 42; // why'], 'typescript')).flat();
    const styled = tokens.filter((t) => t.style);
    expect(styled.length).toBeGreaterThan(2);
    for (const token of styled) expect(token.style).toMatch(VARIABLES);
    expect(tokens.some((t) => t.style?.includes('color:'))).toBe(false);
  });

  test('plain text carries no style: it inherits the foreground the UI sets', async () => {
    const tokens = (await highlight(['f(x)'], 'python')).flat();
    const plain = tokens.filter((t) => !t.style).map((t) => t.content).join('');
    expect(plain).toContain('(x)');
  });

  test('the exported colours are the themes’ own', async () => {
    const light = (await import('shiki/themes/github-light-default.mjs')).default;
    const dark = (await import('shiki/themes/github-dark-default.mjs')).default;
    expect([CODE_THEMES.light.bg, CODE_THEMES.light.fg]).toEqual([
      light.colors?.['editor.background'],
      light.colors?.['editor.foreground'],
    ]);
    expect([CODE_THEMES.dark.bg, CODE_THEMES.dark.fg]).toEqual([
      dark.colors?.['editor.background'],
      dark.colors?.['editor.foreground'],
    ]);
  });

  test('every colour in every lesson beats WCAG AA (4.5:1) on its background, with room for a tint', async () => {
    const colours = new Set<string>();
    for (const lesson of await getAllLessons()) {
      const lines = lesson.files.flatMap((file) => file.versions.flatMap((version) => version.lines));
      for (const token of lines.flatMap((line) => line.tokens)) colours.add(token.style ?? 'plain');
    }
    expect(colours.size).toBeGreaterThan(5);
    for (const style of colours) {
      // By name: a theme may add its own variables between them (bold regex escapes: --shiki-light-font-weight).
      const [light, dark] = style === 'plain' ? [CODE_THEMES.light.fg, CODE_THEMES.dark.fg] : [themeColour(style, 'light'), themeColour(style, 'dark')];
      expect(light && dark, `both theme colours in ${style}`).toBeTruthy();
      // 5:1 rather than 4.5:1 so a lit line's background tint can cost a little contrast.
      expect(contrast(light as string, CODE_THEMES.light.bg), `${light} on light`).toBeGreaterThanOrEqual(5);
      expect(contrast(dark as string, CODE_THEMES.dark.bg), `${dark} on dark`).toBeGreaterThanOrEqual(5);
    }
    // Loads every lesson: time grows with content/, so not the default 5 s.
  }, 60_000);

  test('the contrast check itself: black on white is 21:1, the replaced grey would fail 5:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#6e7781', '#ffffff')).toBeLessThan(5);
  });

  test('every language the schema accepts has a grammar that loads', async () => {
    for (const id of LANGUAGE_IDS) {
      const tokens = await highlight(['x = "text" // 42'], id);
      expect(tokens, id).toHaveLength(1);
      expect(tokens[0]?.some((token) => token.style), id).toBe(true);
    }
  });

  test('one highlighter is shared across calls', async () => {
    await highlight(['x'], 'typescript');
    const shared = (globalThis as { __stepwiseHighlighter?: unknown }).__stepwiseHighlighter;
    await highlight(['y = 1'], 'python');
    expect((globalThis as { __stepwiseHighlighter?: unknown }).__stepwiseHighlighter).toBe(shared);
  });
});
