import { describe, expect, test } from 'vitest';
import { LessonError } from '@/lib/lessons/errors';
import { parseLines } from '@/lib/lessons/line-spec';
import type { DisplayedCode } from '@/lib/lessons/regions';

const code: DisplayedCode = {
  lines: ['import a', 'const token = sign(a)', '', 'setCookie(token)', 'verify(token)', 'a, b / c', 'return'],
  regions: new Map([
    ['sign', [2]],
    ['cookie', [4, 5]],
    ['empty', []],
  ]),
};

function failure(spec: string): { code: string; reason: string } {
  try {
    parseLines(spec, code);
  } catch (error) {
    expect(error).toBeInstanceOf(LessonError);
    return { code: (error as LessonError).code, reason: (error as LessonError).reason };
  }
  throw new Error(`expected "${spec}" to fail`);
}

describe('parseLines', () => {
  test('single numbers and inclusive ranges', () => {
    expect(parseLines('3', code)).toEqual([3]);
    expect(parseLines('2-4', code)).toEqual([2, 3, 4]);
    expect(parseLines(' 5 - 6 ', code)).toEqual([5, 6]);
  });

  test('regions name their lines', () => {
    expect(parseLines('#cookie', code)).toEqual([4, 5]);
  });

  test('a /regex/ lights every matching line, with flags', () => {
    expect(parseLines('/token/', code)).toEqual([2, 4, 5]);
    expect(parseLines('/^RETURN$/i', code)).toEqual([7]);
  });

  test('a regex may hold commas and escaped slashes', () => {
    expect(parseLines('/a, b \\/ c/', code)).toEqual([6]);
    expect(parseLines('/[/]/, 1', code)).toEqual([1, 6]);
  });

  test('items combine into sorted, unique numbers', () => {
    expect(parseLines('5, #sign, 1-2, /verify/', code)).toEqual([1, 2, 5]);
  });

  test('an empty spec lights nothing and is refused', () => {
    expect(failure('  ')).toEqual({ code: 'lines-empty', reason: 'lines is empty: a step must light at least one line' });
  });

  test('line zero', () => {
    expect(failure('0')).toEqual({ code: 'lines-zero', reason: 'line 0: line numbers start at 1' });
    expect(failure('0-2').code).toBe('lines-zero');
  });

  test('a reversed range', () => {
    expect(failure('5-3')).toEqual({ code: 'lines-reversed', reason: 'lines 5-3 are reversed (write 3-5)' });
  });

  test('past the end, wholly or partly', () => {
    expect(failure('9')).toEqual({ code: 'lines-past-end', reason: 'line 9 is past the end (7 lines)' });
    expect(failure('8-9')).toEqual({ code: 'lines-past-end', reason: 'lines 8-9 are past the end (7 lines)' });
    expect(failure('6-9')).toEqual({ code: 'lines-past-end', reason: 'lines 6-9 run past the end (7 lines)' });
  });

  test('an unknown region lists the known ones', () => {
    expect(failure('#nope')).toEqual({
      code: 'unknown-region',
      reason: 'unknown region "#nope" (known: #sign, #cookie, #empty)',
    });
  });

  test('a region with no lines', () => {
    expect(failure('#empty')).toEqual({ code: 'empty-region', reason: 'region "#empty" has no lines' });
  });

  test('a regex matching nothing', () => {
    expect(failure('/nowhere/')).toEqual({ code: 'regex-no-match', reason: '/nowhere/ matches no line' });
  });

  test('an invalid regex', () => {
    const { code: errorCode, reason } = failure('/(/');
    expect(errorCode).toBe('regex-invalid');
    expect(reason).toMatch(/^\/\(\/ is not a valid pattern: /);
  });

  test('bad syntax', () => {
    expect(failure('1,,2')).toEqual({
      code: 'lines-syntax',
      reason: 'lines "1,,2" has an empty item (use N, N-M, #region or /regex/, comma-separated)',
    });
    expect(failure('one')).toEqual({
      code: 'lines-syntax',
      reason: 'cannot read "one" in lines (use N, N-M, #region or /regex/, comma-separated)',
    });
    expect(failure('/open').code).toBe('lines-syntax');
    expect(failure('/a/ b').code).toBe('lines-syntax');
    expect(failure('/a/g').code).toBe('lines-syntax');
    expect(failure('1-').code).toBe('lines-syntax');
  });
});
