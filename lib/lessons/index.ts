// The public face of lib/lessons, for server code (pages, routes, the OG image).
// Client components import types from './types' only: this module reaches Shiki.
import path from 'node:path';
import { createLessonLibrary, type LessonLibrary } from './load';
import type { Lesson, PlayerStep } from './types';

export { LessonError, type LessonErrorCode } from './errors';
export { CODE_THEMES } from './highlight';
export { languageLabel, LANGUAGE_LABELS } from './languages';
export { cardLines, stepCardLines, stepFileName } from './card-lines';
export { readingMinutes, type Course, type CoursePlace } from './courses';
export { createLessonLibrary, type LessonLibrary } from './load';
export type * from './types';

let current: { extra: string | undefined; library: LessonLibrary } | undefined;

/**
 * Lessons live in `content/`. `STEPWISE_EXTRA_CONTENT` names one more directory
 * of lessons: the benchmark uses it to add fixture lessons without touching
 * content/. Read on each call so a changed environment is honoured.
 */
function library(): LessonLibrary {
  const extra = process.env.STEPWISE_EXTRA_CONTENT || undefined;
  if (!current || current.extra !== extra) {
    const root = process.cwd();
    const content = path.join(process.cwd(), 'content');
    // The extra directory is for benchmarks only: keep it out of Next's file tracing.
    const dirs = [content, ...(extra ? [path.resolve(/*turbopackIgnore: true*/ root, extra)] : [])];
    current = { extra, library: createLessonLibrary({ root, dirs }) };
  }
  return current.library;
}

/** Every lesson slug, sorted. */
export const getLessonSlugs = (): Promise<string[]> => library().getLessonSlugs();

/** The built lesson, or null for an unknown slug; throws LessonError when the lesson is invalid. */
export const getLesson = (slug: string): Promise<Lesson | null> => library().getLesson(slug);

/** Every lesson, sorted by title; throws on the first invalid one. */
export const getAllLessons = (): Promise<Lesson[]> => library().getAllLessons();

/** Every course, in file-name order; throws when a course is invalid. */
export const getCourses = () => library().getCourses();

/** A course by slug, or null. */
export const getCourse = (slug: string) => library().getCourse(slug);

/** The course a lesson belongs to, with its position and neighbours; undefined when none. */
export const getCoursePlace = (lesson: string) => library().getCoursePlace(lesson);

/** What the client player needs about each step: serialisable, no components. */
export function toPlayerSteps(lesson: Lesson): PlayerStep[] {
  return lesson.steps.map(({ title, lines, words, file, version }) => ({ title, lines, words, file, version }));
}
