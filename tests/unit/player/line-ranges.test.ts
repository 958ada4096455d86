import { describe, expect, it } from 'vitest';
import { formatLines, rangesOf } from '@/lib/player/line-ranges';

describe('rangesOf', () => {
  it('groups contiguous lines', () => {
    expect(rangesOf([3, 4, 5, 9])).toEqual([
      [3, 5],
      [9, 9],
    ]);
    expect(rangesOf([7])).toEqual([[7, 7]]);
    expect(rangesOf([])).toEqual([]);
  });

  it('sorts and drops repeats', () => {
    expect(rangesOf([5, 3, 4, 4])).toEqual([[3, 5]]);
  });
});

describe('formatLines', () => {
  it('names lines as a reader would', () => {
    expect(formatLines([7])).toBe('Line 7');
    expect(formatLines([3, 4, 5, 9])).toBe('Lines 3–5, 9');
    expect(formatLines([2, 9])).toBe('Lines 2, 9');
    expect(formatLines([1, 2])).toBe('Lines 1–2');
  });
});
