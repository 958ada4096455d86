// The lines-spec editor logic: selections become specs, specs become lines
// through the lessons' own parser, and the reducer's step operations.
import { describe, expect, test } from 'vitest';
import { editorReducer, initialEditor, type EditorAction, type EditorState } from '@/lib/studio/editor';
import { displayed, litLines, selectRange, specFromLines } from '@/lib/studio/lines-spec';
import { LIMITS } from '@/lib/studio/model';
import { sample } from './fixtures';

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);

describe('selection ↔ lines spec', () => {
  test('specFromLines joins runs into ranges', () => {
    expect(specFromLines([3, 4, 5, 9])).toBe('3-5, 9');
    expect(specFromLines([9, 3, 4, 4])).toBe('3-4, 9');
    expect(specFromLines([7])).toBe('7');
  });

  test('selectRange works either way round', () => {
    expect(selectRange(2, 4)).toEqual([2, 3, 4]);
    expect(selectRange(4, 2)).toEqual([2, 3, 4]);
    expect(selectRange(5, 5)).toEqual([5]);
  });

  test('a spec lights lines as a lesson build would, regions included and markers hidden', () => {
    const code = displayed('a\n// #region core\nb\nc\n// #endregion\nd');
    if (!code.ok) throw new Error(code.message);
    expect(code.code.lines).toEqual(['a', 'b', 'c', 'd']);
    expect(litLines('1, #core', code.code)).toEqual({ ok: true, lines: [1, 2, 3] });
    expect(litLines('3-9', code.code)).toEqual({ ok: false, message: 'lines 3-9 run past the end (4 lines)' });
    expect(litLines('', code.code)).toMatchObject({ ok: false, message: expect.stringContaining('at least one line') });
    expect(litLines('#nope', code.code)).toMatchObject({ ok: false, message: expect.stringContaining('unknown region') });
  });

  test('round trip: the spec made from a selection lights exactly that selection', () => {
    const code = displayed(Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'));
    if (!code.ok) throw new Error(code.message);
    for (const selection of [[1], [2, 3, 4], [5, 6, 10, 11, 30]]) {
      expect(litLines(specFromLines(selection), code.code)).toEqual({ ok: true, lines: selection });
    }
  });
});

describe('editor reducer', () => {
  test('click, shift-click: a range from the anchor; a new step takes it and becomes active', () => {
    const start = initialEditor({ ...sample(), steps: [] });
    const state = run(start, { type: 'select', line: 5, extend: false }, { type: 'select', line: 2, extend: true }, { type: 'newStep' });
    expect(state.walkthrough.steps).toEqual([{ title: '', lines: '2-5', body: '', file: 0 }]);
    expect(state.active).toBe(0);
    expect(state.selection).toEqual([]);
  });

  test('a shift-click with no anchor selects just that line', () => {
    const state = run(initialEditor(sample()), { type: 'select', line: 4, extend: true });
    expect(state.selection).toEqual([4]);
  });

  test('no selection, no step; never more than the step limit', () => {
    const start = initialEditor(sample());
    expect(run(start, { type: 'newStep' })).toBe(start);
    const full = initialEditor({ ...sample(), steps: Array.from({ length: LIMITS.steps }, () => ({ title: 't', lines: '1', body: '', file: 0 })) });
    expect(run(full, { type: 'select', line: 1, extend: false }, { type: 'newStep' }).walkthrough.steps).toHaveLength(LIMITS.steps);
  });

  test('a new step goes right after the active one', () => {
    const state = run(initialEditor(sample()), { type: 'activate', index: 0 }, { type: 'select', line: 7, extend: false }, { type: 'newStep' });
    expect(state.walkthrough.steps.map((s) => s.lines)).toEqual(['1', '7', '2-3', '4-5']);
    expect(state.active).toBe(1);
  });

  test('move, edit, delete, and the active step follows', () => {
    let state = run(initialEditor(sample()), { type: 'move', index: 0, by: 1 });
    expect(state.walkthrough.steps.map((s) => s.title)).toEqual(['First try', 'The signature', 'Second try']);
    expect(state.active).toBe(1);
    expect(run(state, { type: 'move', index: 0, by: -1 })).toBe(state);
    state = run(state, { type: 'step', index: 2, patch: { title: 'Again' } }, { type: 'delete', index: 2 });
    expect(state.walkthrough.steps.map((s) => s.title)).toEqual(['First try', 'The signature']);
    state = run(state, { type: 'activate', index: 1 }, { type: 'delete', index: 1 });
    expect(state.active).toBe(0);
    state = run(state, { type: 'delete', index: 0 });
    expect(state.active).toBe(-1);
  });

  test('use selected lines replaces a step\'s spec', () => {
    const state = run(initialEditor(sample()), { type: 'select', line: 6, extend: false }, { type: 'select', line: 7, extend: true }, { type: 'useSelection', index: 2 });
    expect(state.walkthrough.steps[2]?.lines).toBe('6-7');
  });

  test('a new file replaces the code and clears the selection', () => {
    const state = run(initialEditor(sample()), { type: 'select', line: 1, extend: false }, { type: 'file', name: 'x.py', code: 'print(1)', language: 'python' });
    expect(state.walkthrough.files[0]).toEqual({ name: 'x.py', code: 'print(1)', language: 'python' });
    expect(state.selection).toEqual([]);
  });
});

describe('several files', () => {
  const two = () => ({ ...sample(), files: [...sample().files, { name: 'b.py', language: 'python' as const, code: 'print(1)\nprint(2)' }] });

  test('a new step lights the file on show; activating a step shows its file', () => {
    let state = run(initialEditor(two()), { type: 'showFile', index: 1 }, { type: 'select', line: 2, extend: false }, { type: 'newStep' });
    expect(state.walkthrough.steps[state.active]).toMatchObject({ lines: '2', file: 1 });
    state = run(state, { type: 'activate', index: 0 });
    expect(state.file).toBe(0);
  });

  test('add a file (it is shown), remove one (its steps go, later steps follow)', () => {
    let state = run(initialEditor(sample()), { type: 'addFile' });
    expect(state.walkthrough.files).toHaveLength(2);
    expect(state.file).toBe(1);
    state = run(state, { type: 'code', code: 'x' }, { type: 'select', line: 1, extend: false }, { type: 'newStep' });
    expect(state.walkthrough.files[1]?.code).toBe('x');
    state = run(state, { type: 'removeFile', index: 0 });
    expect(state.walkthrough.files.map((f) => f.code)).toEqual(['x']);
    expect(state.walkthrough.steps).toEqual([{ title: '', lines: '1', body: '', file: 0 }]);
    expect(run(state, { type: 'removeFile', index: 0 })).toBe(state);
  });
});
