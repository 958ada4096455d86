// The studio's side of a step's `lines`: a selection made with the mouse or
// keys becomes a spec (`3-5, 9`), and a typed spec becomes lines, through the
// same parser and region markers lessons use (lib/lessons), so the studio and
// a built lesson never disagree about which lines a step lights.
import { LessonError } from '@/lib/lessons/errors';
import { parseLines } from '@/lib/lessons/line-spec';
import { stripRegions, type DisplayedCode } from '@/lib/lessons/regions';
import { rangesOf } from '@/lib/player/line-ranges';

/** [3,4,5,9] → "3-5, 9". */
export function specFromLines(lines: readonly number[]): string {
  return rangesOf(lines)
    .map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`))
    .join(', ');
}

/** The lines from `anchor` to `line`, either way round: a click (anchor = line), a shift-click or a drag. */
export function selectRange(anchor: number, line: number): number[] {
  const [from, to] = anchor <= line ? [anchor, line] : [line, anchor];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export type Displayed = { ok: true; code: DisplayedCode } | { ok: false; message: string };

/** The code as a reader sees it (region markers removed), or why it cannot be shown. */
export function displayed(code: string): Displayed {
  try {
    return { ok: true, code: stripRegions(code) };
  } catch (error) {
    if (error instanceof LessonError) return { ok: false, message: error.message };
    throw error;
  }
}

export type Lit = { ok: true; lines: number[] } | { ok: false; message: string };

/** The lines a spec lights in this code, or the reason it lights none, in the words a lesson build uses. */
export function litLines(spec: string, code: DisplayedCode): Lit {
  try {
    return { ok: true, lines: parseLines(spec, code) };
  } catch (error) {
    if (error instanceof LessonError) return { ok: false, message: error.message };
    throw error;
  }
}
