// The change data the player animates from, computed at build time: added,
// removed, kept and moved lines, and one row sequence every version reads in.
import { describe, expect, test } from 'vitest';
import { keptLines, versionChange, versionRows } from '@/lib/lessons/versions';

/** The rows' text in order, with the versions each is in: "a@01" is in versions 0 and 1. */
function rowsOf(versions: string[][]): string[] {
  return versionRows(versions).map(({ origin, at }) => {
    const text = versions[origin]?.[(at[origin] as number) - 1];
    return `${text}@${at.flatMap((line, v) => (line ? [v] : [])).join('')}`;
  });
}

/** Each version read back from the rows: its lines in row order. */
function readBack(versions: string[][]): string[][] {
  const rows = versionRows(versions);
  return versions.map((_, v) =>
    rows.filter((row) => row.at[v]).map((row) => versions[row.origin]?.[(row.at[row.origin] as number) - 1] as string),
  );
}

describe('versionChange', () => {
  test('added lines', () => {
    expect(versionChange(['a', 'c'], ['a', 'b', 'c', 'd'])).toEqual({ added: [2, 4], removed: [], moved: [] });
  });

  test('removed lines', () => {
    expect(versionChange(['a', 'b', 'c'], ['a', 'c'])).toEqual({ added: [], removed: [2], moved: [] });
  });

  test('a changed line is one removed and one added', () => {
    expect(versionChange(['a', 'trust(token)', 'c'], ['a', 'verify(token)', 'c'])).toEqual({ added: [2], removed: [2], moved: [] });
  });

  test('a moved line is paired: old place, new place', () => {
    expect(versionChange(['x', 'a', 'b', 'c'], ['a', 'b', 'c', 'x'])).toEqual({ added: [4], removed: [1], moved: [[1, 4]] });
  });

  test('blank lines never count as moved', () => {
    expect(versionChange(['', 'a'], ['a', '']).moved).toEqual([]);
  });

  test('an empty version: everything added, or everything removed', () => {
    expect(versionChange([], ['a', 'b'])).toEqual({ added: [1, 2], removed: [], moved: [] });
    expect(versionChange(['a', 'b'], [])).toEqual({ added: [], removed: [1, 2], moved: [] });
    expect(versionChange([], [])).toEqual({ added: [], removed: [], moved: [] });
  });

  test('kept lines are a longest common run, in order', () => {
    expect(keptLines(['a', 'b', 'c', 'd'], ['b', 'c', 'x', 'd'])).toEqual([
      [1, 0],
      [2, 1],
      [3, 3],
    ]);
  });
});

describe('versionRows', () => {
  test('one version: its lines, each a row', () => {
    expect(rowsOf([['a', 'b']])).toEqual(['a@0', 'b@0']);
  });

  test('kept lines are one row; new lines come after the lines they replace', () => {
    expect(rowsOf([['a', 'old', 'c'], ['a', 'new', 'c']])).toEqual(['a@01', 'old@0', 'new@1', 'c@01']);
  });

  test('lines added at the end, and at the start', () => {
    expect(rowsOf([['b'], ['a', 'b', 'c']])).toEqual(['a@1', 'b@01', 'c@1']);
  });

  test('a moved line has a row where it leaves and a row where it arrives', () => {
    expect(rowsOf([['x', 'a', 'b'], ['a', 'b', 'x']])).toEqual(['x@0', 'a@01', 'b@01', 'x@1']);
  });

  test('three versions: each reads back in its own order, and rows remember line numbers', () => {
    const versions = [
      ['handler', 'trust', 'answer'],
      ['handler', 'verify', 'answer'],
      ['handler', 'verify', 'pin', 'answer', 'log'],
    ];
    expect(readBack(versions)).toEqual(versions);
    const rows = versionRows(versions);
    expect(rows.map((row) => row.at)).toEqual([
      [1, 1, 1],
      [2, 0, 0],
      [0, 2, 2],
      [0, 0, 3],
      [3, 3, 4],
      [0, 0, 5],
    ]);
  });

  test('an empty version in the middle: every line leaves, then comes back as new rows', () => {
    const versions = [['a', 'b'], [], ['a', 'c']];
    expect(readBack(versions)).toEqual(versions);
    expect(rowsOf(versions)).toEqual(['a@0', 'b@0', 'a@2', 'c@2']);
  });

  test('a line removed in one version and written again later is a new row', () => {
    const versions = [['a', 'b', 'c'], ['a', 'c'], ['a', 'b', 'c']];
    expect(readBack(versions)).toEqual(versions);
    expect(rowsOf(versions)).toEqual(['a@012', 'b@0', 'b@2', 'c@012']);
  });
});
