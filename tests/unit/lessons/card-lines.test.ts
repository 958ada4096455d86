import { describe, expect, test } from 'vitest';
import { previewLines } from '@/lib/catalog';
import { cardLines, stepCardLines } from '@/lib/lessons/card-lines';
import type { CodeLine, Lesson } from '@/lib/lessons/types';

const texts = ['', 'import x', 'const a = 1', 'const b = 2', '', 'const c = 3', 'export {}'];
const lines: CodeLine[] = texts.map((text, i) => ({ number: i + 1, tokens: text ? [{ content: text }] : [], steps: [] }));
const lesson = {
  lines,
  steps: [
    { index: 0, title: 'A', lines: [3, 4], words: 5, Body: () => null },
    { index: 1, title: 'B', lines: [2, 6, 7], words: 5, Body: () => null },
  ],
} as unknown as Lesson;

const numbers = (picked: CodeLine[]) => picked.map((line) => line.number);

describe('cardLines', () => {
  test('skips leading blank lines and trims trailing ones', () => {
    expect(numbers(cardLines(lesson, 4))).toEqual([2, 3, 4]);
    expect(numbers(cardLines(lesson, 10))).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('stepCardLines', () => {
  test('from the first lit line to the last', () => {
    expect(numbers(stepCardLines(lesson, 0))).toEqual([3, 4]);
    expect(numbers(stepCardLines(lesson, 1))).toEqual([2, 3, 4, 5, 6, 7]);
  });

  test('capped at max lines', () => {
    expect(numbers(stepCardLines(lesson, 1, 3))).toEqual([2, 3, 4]);
  });

  test('an unknown step gives no lines', () => {
    expect(stepCardLines(lesson, 9)).toEqual([]);
  });
});

describe('previewLines (cards and card images)', () => {
  test("step 1's lit lines, unless the lesson names its preview lines", () => {
    expect(numbers(previewLines(lesson, 8))).toEqual([3, 4]);
    expect(numbers(previewLines({ ...lesson, preview: [6, 7] } as Lesson, 8))).toEqual([6, 7]);
    expect(numbers(previewLines({ ...lesson, preview: [2, 7] } as Lesson, 3))).toEqual([2, 3, 4]);
  });
});
