// Finds lesson and course files, builds lessons on demand and keeps them per
// process. A lesson is rebuilt when its file or a file it imports changes
// (mtime), so the dev server shows edits and errors without a restart. Courses
// are small and read on every call, checked against the lessons that exist.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildLesson, type Built } from './build';
import { checkCoursesApart, COURSE_SUFFIX, placeInCourse, readCourse, type Course, type CourseEntry, type CoursePlace } from './courses';
import { LessonError } from './errors';
import type { Lesson } from './types';

export interface LibraryOptions {
  /** Repository root: messages name files relative to it; `<Code src>` resolves from it. */
  root: string;
  /** Absolute directories holding `<slug>.mdx` lessons and `<slug>.course.yaml` courses, searched in order. */
  dirs: string[];
}

export interface LessonLibrary {
  getLessonSlugs(): Promise<string[]>;
  getLesson(slug: string): Promise<Lesson | null>;
  getAllLessons(): Promise<Lesson[]>;
  /** Every course, in file-name order; throws on the first invalid one. */
  getCourses(): Promise<Course[]>;
  getCourse(slug: string): Promise<Course | null>;
  /** The course a lesson is in, its position and neighbours. */
  getCoursePlace(lesson: string): Promise<CoursePlace | undefined>;
}

interface Entry {
  slug: string;
  path: string;
  file: string;
}

interface Cached {
  /** mtime of the lesson file and of each file it imports, when it was built. */
  stamps: Map<string, number>;
  built: Promise<Built>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function createLessonLibrary({ root, dirs }: LibraryOptions): LessonLibrary {
  const cache = new Map<string, Cached>();

  function entries(suffix = '.mdx'): Map<string, Entry> {
    const found = new Map<string, Entry>();
    for (const dir of dirs) {
      for (const name of listFiles(dir, suffix)) {
        const slug = name.slice(0, -suffix.length);
        const full = path.join(dir, name);
        const file = displayPath(root, full);
        if (!SLUG.test(slug)) throw new LessonError('invalid-field', `the file name must be a lowercase slug like retry-with-backoff${suffix}`, file);
        const other = found.get(slug);
        if (other) throw new LessonError('duplicate-slug', `slug "${slug}" is also used by ${other.file}`, file);
        found.set(slug, { slug, path: full, file });
      }
    }
    return found;
  }

  async function load(entry: Entry): Promise<Lesson> {
    const cached = cache.get(entry.path);
    if (cached && isFresh(cached.stamps)) return (await cached.built).lesson;
    const stamps = new Map([[entry.path, mtime(entry.path)]]);
    const built = buildLesson({ slug: entry.slug, file: entry.file, source: readFileSync(entry.path, 'utf8'), root });
    cache.set(entry.path, { stamps, built });
    // Failures stay cached too (until the file changes): one bad lesson is reported, not rebuilt per page.
    const { lesson, dependencies } = await built;
    for (const dependency of dependencies) stamps.set(dependency, mtime(dependency));
    return lesson;
  }

  async function getLesson(slug: string): Promise<Lesson | null> {
    const all = entries();
    const entry = all.get(slug);
    if (!entry) return null;
    const lesson = await load(entry);
    checkRelated(lesson, all);
    return lesson;
  }

  async function getCourses(): Promise<Course[]> {
    const lessons = new Set(entries().keys());
    const courses = [...entries(COURSE_SUFFIX).values()].map((entry: CourseEntry) => readCourse(entry, lessons));
    checkCoursesApart(courses);
    return courses;
  }

  return {
    getLessonSlugs: async () => [...entries().keys()].sort(),
    getLesson,
    getCourses,
    getCourse: async (slug) => (await getCourses()).find((course) => course.slug === slug) ?? null,
    getCoursePlace: async (lesson) => placeInCourse(await getCourses(), lesson),
    async getAllLessons() {
      const lessons = await Promise.all([...entries().keys()].map((slug) => getLesson(slug)));
      return (lessons as Lesson[]).sort((a, b) => a.meta.title.localeCompare(b.meta.title, 'en') || a.meta.slug.localeCompare(b.meta.slug));
    },
  };
}

/** Related lessons must exist; checked on every load, since other files come and go. */
function checkRelated(lesson: Lesson, all: Map<string, Entry>): void {
  for (const slug of lesson.meta.related) {
    if (slug === lesson.meta.slug) throw new LessonError('related-self', `related: a lesson cannot list itself ("${slug}")`, lesson.file);
    if (!all.has(slug)) {
      throw new LessonError('unknown-related', `related: no lesson "${slug}" (known: ${[...all.keys()].sort().join(', ')})`, lesson.file);
    }
  }
}

function listFiles(dir: string, suffix: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(suffix)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function isFresh(stamps: Map<string, number>): boolean {
  for (const [file, stamp] of stamps) if (mtime(file) !== stamp) return false;
  return true;
}

function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
