// The studio's editing state and every change to it, as one pure reducer:
// the walkthrough being written, the line selection (a click, a shift-click,
// a drag or the keys) and which step is being edited. The UI only dispatches.
import type { LanguageId } from '@/lib/lessons/languages';
import { selectRange, specFromLines } from './lines-spec';
import { LIMITS, type StudioStep, type StudioWalkthrough } from './model';

export interface EditorState {
  walkthrough: StudioWalkthrough;
  /** Where a shift-click or a drag extends from; null when nothing is selected. */
  anchor: number | null;
  /** Selected 1-based lines, ascending. */
  selection: number[];
  /** The step being edited (0-based), or -1 when there are none. */
  active: number;
  /** The file shown in the editor (0-based). */
  file: number;
}

export type EditorAction =
  | { type: 'load'; walkthrough: StudioWalkthrough }
  | { type: 'title'; title: string }
  | { type: 'code'; code: string }
  | { type: 'fileName'; name: string }
  | { type: 'language'; language: LanguageId }
  | { type: 'file'; name: string; code: string; language: LanguageId }
  | { type: 'addFile' }
  | { type: 'removeFile'; index: number }
  | { type: 'showFile'; index: number }
  /** A click (extend false) or a shift-click / drag (extend true) on a line. */
  | { type: 'select'; line: number; extend: boolean }
  | { type: 'clearSelection' }
  | { type: 'newStep' }
  | { type: 'useSelection'; index: number }
  | { type: 'step'; index: number; patch: Partial<Pick<StudioStep, 'title' | 'lines' | 'body'>> }
  | { type: 'activate'; index: number }
  | { type: 'move'; index: number; by: -1 | 1 }
  | { type: 'delete'; index: number };

export function initialEditor(walkthrough: StudioWalkthrough): EditorState {
  return { walkthrough, anchor: null, selection: [], active: walkthrough.steps.length ? 0 : -1, file: walkthrough.steps[0]?.file ?? 0 };
}

const clampIndex = (i: number, length: number) => (length === 0 ? -1 : Math.max(0, Math.min(i, length - 1)));

/** Changes the file shown in the editor. */
function withFile(state: EditorState, patch: Partial<StudioWalkthrough['files'][number]>): EditorState {
  const files = state.walkthrough.files.map((f, i) => (i === state.file ? { ...f, ...patch } : f));
  return { ...state, walkthrough: { ...state.walkthrough, files } };
}

function withSteps(state: EditorState, steps: StudioStep[], active: number): EditorState {
  return { ...state, walkthrough: { ...state.walkthrough, steps }, active: clampIndex(active, steps.length) };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { steps } = state.walkthrough;
  switch (action.type) {
    case 'load':
      return initialEditor(action.walkthrough);
    case 'title':
      return { ...state, walkthrough: { ...state.walkthrough, title: action.title } };
    case 'code':
      return withFile(state, { code: action.code });
    case 'fileName':
      return withFile(state, { name: action.name });
    case 'language':
      return withFile(state, { language: action.language });
    case 'file':
      return { ...withFile(state, { name: action.name, code: action.code, language: action.language }), anchor: null, selection: [] };
    case 'addFile': {
      const { files } = state.walkthrough;
      if (files.length >= LIMITS.files) return state;
      const language = files[state.file]?.language ?? 'typescript';
      const next = { ...state.walkthrough, files: [...files, { name: '', language, code: '' }] };
      return { ...state, walkthrough: next, file: files.length, anchor: null, selection: [] };
    }
    case 'removeFile': {
      const { files } = state.walkthrough;
      if (files.length <= 1 || !files[action.index]) return state;
      // Its steps go with it; later files' steps keep pointing at the same file.
      const kept = steps.filter((s) => s.file !== action.index).map((s) => (s.file > action.index ? { ...s, file: s.file - 1 } : s));
      const next = { ...state.walkthrough, files: files.filter((_, i) => i !== action.index), steps: kept };
      return { ...state, walkthrough: next, file: Math.min(state.file, files.length - 2), active: clampIndex(state.active, kept.length), anchor: null, selection: [] };
    }
    case 'showFile':
      if (!state.walkthrough.files[action.index] || action.index === state.file) return state;
      return { ...state, file: action.index, anchor: null, selection: [] };
    case 'select': {
      const anchor = action.extend && state.anchor !== null ? state.anchor : action.line;
      return { ...state, anchor, selection: selectRange(anchor, action.line) };
    }
    case 'clearSelection':
      return { ...state, anchor: null, selection: [] };
    case 'newStep': {
      if (state.selection.length === 0 || steps.length >= LIMITS.steps) return state;
      const at = state.active + 1;
      const step: StudioStep = { title: '', lines: specFromLines(state.selection), body: '', file: state.file };
      return { ...withSteps(state, [...steps.slice(0, at), step, ...steps.slice(at)], at), anchor: null, selection: [] };
    }
    case 'useSelection': {
      if (state.selection.length === 0 || !steps[action.index]) return state;
      const next = steps.map((s, i) => (i === action.index ? { ...s, lines: specFromLines(state.selection), file: state.file } : s));
      return { ...withSteps(state, next, action.index), anchor: null, selection: [] };
    }
    case 'step':
      if (!steps[action.index]) return state;
      return withSteps(
        state,
        steps.map((s, i) => (i === action.index ? { ...s, ...action.patch } : s)),
        state.active,
      );
    case 'activate': {
      const active = clampIndex(action.index, steps.length);
      const file = steps[active]?.file ?? state.file;
      // Showing another file drops a selection made in this one.
      return file === state.file ? { ...state, active } : { ...state, active, file, anchor: null, selection: [] };
    }
    case 'move': {
      const to = action.index + action.by;
      if (!steps[action.index] || to < 0 || to >= steps.length) return state;
      const next = [...steps];
      [next[action.index], next[to]] = [next[to]!, next[action.index]!];
      return withSteps(state, next, to);
    }
    case 'delete': {
      if (!steps[action.index]) return state;
      const next = steps.filter((_, i) => i !== action.index);
      return withSteps(state, next, action.index >= next.length ? next.length - 1 : action.index);
    }
  }
}
