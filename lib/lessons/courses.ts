// Courses: ordered series of lessons, one hand-edited YAML file each
// (`content/<slug>.course.yaml`). A course names lessons that exist, at least
// one, each once; a lesson belongs to at most one course. Every mistake names
// the course file and the reason.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { LessonError } from './errors';
import { validateCourse } from './schema';
import type { Level } from './types';

export const COURSE_SUFFIX = '.course.yaml';

export interface Course {
  slug: string;
  /** Repo-relative path of the course file, for messages: `content/x.course.yaml`. */
  file: string;
  title: string;
  summary: string;
  level: Level;
  /** Lesson slugs, in reading order. */
  lessons: string[];
}

/** Where a lesson sits in its course: "Lesson 3 of 11", and its neighbours. */
export interface CoursePlace {
  course: Course;
  /** 0-based position in the course. */
  index: number;
  previous?: string;
  next?: string;
}

export interface CourseEntry {
  slug: string;
  path: string;
  file: string;
}

/** Reads and checks one course file against the lessons that exist. */
export function readCourse(entry: CourseEntry, lessonSlugs: ReadonlySet<string>): Course {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(entry.path, 'utf8')) ?? {};
  } catch (error) {
    const reason = `not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    throw new LessonError('course-invalid', reason, entry.file);
  }
  const course = place(entry.file, () => validateCourse(data));
  if (course.lessons.length === 0) {
    throw new LessonError('course-empty', 'lessons: a course needs at least one lesson', entry.file);
  }
  const seen = new Set<string>();
  for (const slug of course.lessons) {
    if (!lessonSlugs.has(slug)) {
      const known = [...lessonSlugs].sort().join(', ');
      throw new LessonError('course-unknown-lesson', `lessons: no lesson "${slug}" (known: ${known})`, entry.file);
    }
    if (seen.has(slug)) throw new LessonError('course-invalid', `lessons: "${slug}" is listed twice`, entry.file);
    seen.add(slug);
  }
  return { slug: entry.slug, file: entry.file, ...course };
}

/** Checks that no lesson is in two courses; courses come in file order, so the later file is the one named. */
export function checkCoursesApart(courses: readonly Course[]): void {
  const owner = new Map<string, Course>();
  for (const course of courses) {
    for (const slug of course.lessons) {
      const other = owner.get(slug);
      if (other) {
        const reason = `lessons: "${slug}" is already in the course "${other.slug}" (${other.file}); a lesson belongs to at most one course`;
        throw new LessonError('course-shared-lesson', reason, course.file);
      }
      owner.set(slug, course);
    }
  }
}

/** The course a lesson is in, with its position and neighbours; undefined when it is in none. */
export function placeInCourse(courses: readonly Course[], lesson: string): CoursePlace | undefined {
  for (const course of courses) {
    const index = course.lessons.indexOf(lesson);
    if (index === -1) continue;
    const previous = course.lessons[index - 1];
    const next = course.lessons[index + 1];
    return { course, index, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }
  return undefined;
}

/** Minutes to read a lesson: its step text at 200 words a minute, and its code at 10 lines a minute; at least one. */
export function readingMinutes(words: number, lines: number): number {
  return Math.max(1, Math.round(words / 200 + lines / 10));
}

function place<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof LessonError ? error.in(file) : error;
  }
}
