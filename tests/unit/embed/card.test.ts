import { describe, expect, test } from 'vitest';
import { cardRuns, clip, countsLabel, drawableText, lightColor, stepWindow } from '@/lib/embed/card';
import type { CodeLine } from '@/lib/lessons/types';

describe('lightColor', () => {
  test("reads Shiki's light colour", () => {
    expect(lightColor('--shiki-light:#D73A49;--shiki-dark:#F97583')).toBe('#D73A49');
    expect(lightColor('--shiki-dark:#e1e4e8; --shiki-light: #24292e')).toBe('#24292e');
  });
  test('plain text has none', () => {
    expect(lightColor(undefined)).toBeUndefined();
    expect(lightColor('--shiki-dark:#fff')).toBeUndefined();
    expect(lightColor('--shiki-light:red')).toBeUndefined();
  });
});

describe('drawableText', () => {
  test('keeps Latin text and punctuation the fonts have', () => {
    expect(drawableText('Héllo — “quoted” … café €5 ™')).toBe('Héllo — “quoted” … café €5 ™');
  });
  test('tabs become two spaces, line breaks a space', () => {
    expect(drawableText('\tx\ny')).toBe('  x y');
  });
  test('arrows become ASCII, other glyphs a question mark', () => {
    expect(drawableText('a → b ⇒ c')).toBe('a -> b => c');
    expect(drawableText('日本 🚀')).toBe('?? ?');
  });
});

describe('clip', () => {
  test('short text is untouched; long text ends in an ellipsis within the limit', () => {
    expect(clip('short', 10)).toBe('short');
    const clipped = clip('a fairly long title that goes on', 12);
    expect(clipped).toBe('a fairly lo…');
    expect([...clipped].length).toBeLessThanOrEqual(12);
  });
});

test('countsLabel', () => {
  expect(countsLabel(48, 8)).toBe('48 lines · 8 steps');
  expect(countsLabel(1, 1)).toBe('1 line · 1 step');
});

const line = (number: number, text: string, style?: string): CodeLine => ({ number, tokens: text ? [{ content: text, style }] : [], steps: [] });

describe('cardRuns', () => {
  test('light-theme colours, drawable text, and a width limit', () => {
    const [first] = cardRuns([{ number: 4, tokens: [{ content: '\tif', style: '--shiki-light:#d73a49;--shiki-dark:#ff7b72' }, { content: ' (x → y) {' }], steps: [] }], 9);
    expect(first).toEqual({
      number: 4,
      runs: [
        { text: '  if', color: '#d73a49' },
        { text: ' (x -', color: undefined },
      ],
    });
  });
});

describe('stepWindow', () => {
  const lines = ['a', 'b', '', 'd', 'e', 'f', 'g', '', ''].map((text, i) => line(i + 1, text));
  const numbers = (picked: CodeLine[]) => picked.map((l) => l.number);

  test('starts one line above the first lit line', () => {
    expect(numbers(stepWindow(lines, [5, 6], 3))).toEqual([4, 5, 6]);
  });
  test('not when that line is blank', () => {
    expect(numbers(stepWindow(lines, [4], 3))).toEqual([4, 5, 6]);
  });
  test('moves up when the code ends sooner, and drops blank lines at the end', () => {
    expect(numbers(stepWindow(lines, [8], 4))).toEqual([6, 7]);
  });
  test('nothing lit, nothing shown', () => {
    expect(stepWindow(lines, [], 4)).toEqual([]);
  });
});
