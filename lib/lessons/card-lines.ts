// The few highlighted lines a lesson card shows: the start of the code, the
// lesson's `preview` lines, or the lines of one step (in that step's file and
// version) when a step is shared.
// Pure, so any server code can use it.
import type { CodeLine, Lesson, LessonStep } from './types';

/** The first `count` lines, skipping blank lines at the top and bottom of the excerpt. */
export function cardLines(lesson: Lesson, count = 8): CodeLine[] {
  const start = lesson.lines.findIndex((line) => !isBlank(line));
  return trimEnd(lesson.lines.slice(Math.max(start, 0), Math.max(start, 0) + count));
}

/** From a step's first lit line to its last, at most `max` lines; [] when there is no such step. */
export function stepCardLines(lesson: Lesson, stepIndex: number, max = 8): CodeLine[] {
  const step = lesson.steps[stepIndex];
  if (!step) return [];
  return spanLines(stepCode(lesson, step), step.lines, max);
}

/** The lesson's `preview` lines (first to last, at most `max`); [] when it names none. */
export function previewSpecLines(lesson: Lesson, max = 8): CodeLine[] {
  return spanLines(lesson.lines, lesson.preview ?? [], max);
}

function spanLines(code: CodeLine[], lines: readonly number[], max: number): CodeLine[] {
  if (!lines.length) return [];
  const first = lines[0] as number;
  const last = Math.min(lines.at(-1) as number, first + max - 1);
  return trimEnd(code.slice(first - 1, last));
}

/** The lines of the file and version a step lights. */
export function stepCode(lesson: Lesson, step: Pick<LessonStep, 'file' | 'version'>): CodeLine[] {
  return lesson.files?.[step.file]?.versions[step.version]?.lines ?? lesson.lines;
}

/** The name of the file a step lights (what a step card says it shows). */
export function stepFileName(lesson: Lesson, stepIndex: number): string | undefined {
  const step = lesson.steps[stepIndex];
  return step ? lesson.files?.[step.file]?.name : undefined;
}

function isBlank(line: CodeLine): boolean {
  return line.tokens.every((token) => !token.content.trim());
}

function trimEnd(lines: CodeLine[]): CodeLine[] {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1] as CodeLine)) end--;
  return lines.slice(0, end);
}
