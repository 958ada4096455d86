import { describe, expect, it } from 'vitest';
import { formatLines, padded, rangesOf } from '@/lib/player/lines';

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

describe('padded', () => {
  it('pads to two digits, or to the width of the total', () => {
    expect(padded(3, 8)).toBe('03');
    expect(padded(12, 12)).toBe('12');
    expect(padded(7, 120)).toBe('007');
  });
});
