// Courses through the real loader: order, a lesson's place and neighbours, and
// every mistake named with the course file and the reason.
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { lessonSource, tempRepo } from './fixtures';

const lessons = { 'content/a.mdx': lessonSource(), 'content/b.mdx': lessonSource(), 'content/c.mdx': lessonSource() };
const course = (data: Record<string, unknown>) =>
  stringify({ title: 'Sessions', summary: 'From a signature up.', level: 'Intermediate', lessons: ['b', 'a', 'c'], ...data });

async function withCourses(courses: Record<string, string>) {
  const repo = tempRepo({ ...lessons, ...courses });
  try {
    return {
      courses: await repo.library.getCourses(),
      place: await repo.library.getCoursePlace('a'),
      missing: await repo.library.getCourse('nope'),
      lessonSlugs: await repo.library.getLessonSlugs(),
    };
  } finally {
    repo.cleanup();
  }
}

async function failure(courses: Record<string, string>) {
  const repo = tempRepo({ ...lessons, ...courses });
  try {
    await repo.library.getCourses();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    repo.cleanup();
  }
  throw new Error('expected the courses to fail');
}

describe('courses', () => {
  test('a course lists its lessons in the order written; a lesson knows its place and neighbours', async () => {
    const { courses, place, missing, lessonSlugs } = await withCourses({ 'content/sessions.course.yaml': course({}) });
    expect(courses).toEqual([
      {
        slug: 'sessions',
        file: 'content/sessions.course.yaml',
        title: 'Sessions',
        summary: 'From a signature up.',
        level: 'Intermediate',
        lessons: ['b', 'a', 'c'],
      },
    ]);
    expect(place).toMatchObject({ index: 1, previous: 'b', next: 'c', course: { slug: 'sessions' } });
    expect(missing).toBeNull();
    // A course file is not a lesson.
    expect(lessonSlugs).toEqual(['a', 'b', 'c']);
  });

  test('the first lesson has no previous, the last no next; a lesson in no course has no place', async () => {
    const repo = tempRepo({ ...lessons, 'content/s.course.yaml': course({ lessons: ['a', 'b'] }) });
    try {
      expect(await repo.library.getCoursePlace('a')).toEqual(expect.not.objectContaining({ previous: expect.anything() }));
      expect(await repo.library.getCoursePlace('b')).toEqual(expect.not.objectContaining({ next: expect.anything() }));
      expect(await repo.library.getCoursePlace('c')).toBeUndefined();
    } finally {
      repo.cleanup();
    }
  });

  test('a course naming an unknown lesson', async () => {
    expect(await failure({ 'content/s.course.yaml': course({ lessons: ['a', 'zzz'] }) })).toEqual({
      code: 'course-unknown-lesson',
      message: 'content/s.course.yaml: lessons: no lesson "zzz" (known: a, b, c)',
    });
  });

  test('a lesson in two courses', async () => {
    expect(
      await failure({
        'content/one.course.yaml': course({ lessons: ['a', 'b'] }),
        'content/two.course.yaml': course({ lessons: ['c', 'b'] }),
      }),
    ).toEqual({
      code: 'course-shared-lesson',
      message:
        'content/two.course.yaml: lessons: "b" is already in the course "one" (content/one.course.yaml); a lesson belongs to at most one course',
    });
  });

  test('an empty course', async () => {
    expect(await failure({ 'content/s.course.yaml': course({ lessons: [] }) })).toEqual({
      code: 'course-empty',
      message: 'content/s.course.yaml: lessons: a course needs at least one lesson',
    });
  });

  test('a lesson listed twice', async () => {
    expect(await failure({ 'content/s.course.yaml': course({ lessons: ['a', 'b', 'a'] }) })).toEqual({
      code: 'course-invalid',
      message: 'content/s.course.yaml: lessons: "a" is listed twice',
    });
  });

  test('a missing field, an unknown field and a bad level, together', async () => {
    expect(await failure({ 'content/s.course.yaml': course({ summary: undefined, lesson: ['a'], level: 'Hard' }) })).toEqual({
      code: 'unknown-field',
      message:
        'content/s.course.yaml: unknown field "lesson" (allowed: title, summary, level, lessons); summary: missing (every course needs it); ' +
        'level: expected one of Beginner, Intermediate, Advanced, got "Hard"',
    });
  });

  test('a course file that is not YAML', async () => {
    const { code, message } = await failure({ 'content/s.course.yaml': 'title: [unclosed\n' });
    expect(code).toBe('course-invalid');
    expect(message).toMatch(/^content\/s\.course\.yaml: not valid YAML: /);
  });

  test('a course file name that is not a slug', async () => {
    expect((await failure({ 'content/My Course.course.yaml': course({}) })).message).toBe(
      'content/My Course.course.yaml: the file name must be a lowercase slug like retry-with-backoff.course.yaml',
    );
  });
});
