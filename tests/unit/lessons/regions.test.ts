import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LessonError } from '@/lib/lessons/errors';
import { selectRegion, stripRegions } from '@/lib/lessons/regions';
import { resolveCode } from '@/lib/lessons/resolve';
import { tempRepo, type TempRepo } from './fixtures';

function reasonOf(work: () => unknown): { code: string; reason: string } {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(LessonError);
    return { code: (error as LessonError).code, reason: (error as LessonError).reason };
  }
  throw new Error('expected an error');
}

const source = [
  'import x from "y";', // 1
  '// #region sign', //
  'function sign() {', // 2
  '  /* #region inner */', //
  '  return 1;', // 3
  '  /* #endregion */', //
  '}', // 4
  '// #endregion', //
  'export { sign };', // 5
  '',
].join('\n');

describe('stripRegions', () => {
  test('removes marker lines and numbers what is left', () => {
    const { lines, regions } = stripRegions(source);
    expect(lines).toEqual(['import x from "y";', 'function sign() {', '  return 1;', '}', 'export { sign };']);
    expect(regions).toEqual(
      new Map([
        ['sign', [2, 3, 4]],
        ['inner', [3]],
      ]),
    );
  });

  test('understands #, -- and HTML comment markers too', () => {
    const python = stripRegions('a = 1\n# #region calc\nb = 2\n# #endregion\n');
    expect(python.lines).toEqual(['a = 1', 'b = 2']);
    expect(python.regions.get('calc')).toEqual([2]);
    const sql = stripRegions('-- #region q\nselect 1;\n-- #endregion q');
    expect(sql.regions.get('q')).toEqual([1]);
    const html = stripRegions('<!-- #region card -->\n<p>hi</p>\n<!-- #endregion -->');
    expect(html.lines).toEqual(['<p>hi</p>']);
  });

  test('a comment that merely mentions a region stays', () => {
    expect(stripRegions('// see #region docs below').lines).toEqual(['// see #region docs below']);
  });

  test('an unclosed region', () => {
    expect(reasonOf(() => stripRegions('a\n// #region open\nb'))).toEqual({
      code: 'region-unclosed',
      reason: 'line 2: region "open" is never closed',
    });
  });

  test('a region defined twice', () => {
    expect(reasonOf(() => stripRegions('// #region a\n// #endregion\n// #region a\n// #endregion'))).toEqual({
      code: 'region-duplicate',
      reason: 'line 3: region "a" is defined twice',
    });
  });

  test('an #endregion with nothing open, and one closing the wrong name', () => {
    expect(reasonOf(() => stripRegions('x\n// #endregion')).code).toBe('region-unopened');
    expect(reasonOf(() => stripRegions('// #region a\nx\n// #endregion b')).reason).toBe(
      'line 3: #endregion b closes region "a"',
    );
  });

  test('a region without a name', () => {
    expect(reasonOf(() => stripRegions('// #region\nx\n// #endregion')).code).toBe('region-unnamed');
  });
});

describe('selectRegion', () => {
  test('narrows to the region and renumbers nested regions', () => {
    const narrowed = selectRegion(stripRegions(source), 'sign');
    expect(narrowed.lines).toEqual(['function sign() {', '  return 1;', '}']);
    expect(narrowed.regions).toEqual(new Map([['inner', [2]]]));
  });

  test('an unknown region', () => {
    expect(reasonOf(() => selectRegion(stripRegions(source), 'nope'))).toEqual({
      code: 'unknown-region',
      reason: 'unknown region "#nope" (known: #sign, #inner)',
    });
  });
});

describe('resolveCode', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  test('imports a whole repo file, markers stripped, and reports it as a dependency', () => {
    repo = tempRepo({ 'src/auth.ts': source });
    const code = resolveCode({ kind: 'file', src: 'src/auth.ts' }, repo.root);
    expect(code.lines).toHaveLength(5);
    expect(code.lines.join('\n')).not.toMatch(/#(end)?region/);
    expect(code.origin).toBe('src/auth.ts');
    expect(code.dependency).toBe(path.join(repo.root, 'src/auth.ts'));
  });

  test('imports one region of a file', () => {
    repo = tempRepo({ 'src/auth.ts': source });
    const code = resolveCode({ kind: 'file', src: 'src/auth.ts#sign' }, repo.root);
    expect(code.lines).toEqual(['function sign() {', '  return 1;', '}']);
    expect(code.regions.get('inner')).toEqual([2]);
    expect(code.origin).toBe('src/auth.ts#sign');
  });

  test('an unknown region of a file names the src', () => {
    repo = tempRepo({ 'src/auth.ts': source });
    expect(reasonOf(() => resolveCode({ kind: 'file', src: 'src/auth.ts#nope' }, repo.root))).toEqual({
      code: 'unknown-region',
      reason: '<Code src="src/auth.ts#nope">: unknown region "#nope" (known: #sign, #inner)',
    });
  });

  test('a missing file', () => {
    repo = tempRepo({});
    expect(reasonOf(() => resolveCode({ kind: 'file', src: 'src/none.ts' }, repo.root))).toEqual({
      code: 'src-not-found',
      reason: '<Code src="src/none.ts">: src/none.ts does not exist',
    });
  });

  test('paths outside the repository are refused', () => {
    repo = tempRepo({});
    for (const src of ['../etc/passwd', '/etc/passwd', 'a/../../x.ts', '.']) {
      expect(reasonOf(() => resolveCode({ kind: 'file', src }, repo.root)).code).toBe('src-outside-repo');
    }
  });

  test('a symlink leading out of the repository is refused', () => {
    repo = tempRepo({});
    symlinkSync('/etc/hostname', path.join(repo.root, 'escape.txt'));
    expect(reasonOf(() => resolveCode({ kind: 'file', src: 'escape.txt' }, repo.root)).code).toBe('src-outside-repo');
  });

  test('region errors in an imported file name the file and its line', () => {
    repo = tempRepo({ 'src/bad.ts': 'a\n// #region open\nb\n' });
    expect(reasonOf(() => resolveCode({ kind: 'file', src: 'src/bad.ts' }, repo.root)).reason).toBe(
      'src/bad.ts line 2: region "open" is never closed',
    );
  });

  test('inline code is stripped too', () => {
    repo = tempRepo({});
    const code = resolveCode({ kind: 'inline', lang: 'ts', value: '// #region a\nx\n// #endregion' }, repo.root);
    expect(code).toEqual({ lines: ['x'], regions: new Map([['a', [1]]]), origin: 'inline' });
  });
});
