// Every lesson in content/ must load: content cannot rot when code it imports
// (sandbox/session.ts) changes or a related lesson is renamed.
import { describe, expect, test } from 'vitest';
import { getAllLessons, getLessonSlugs, toPlayerSteps } from '@/lib/lessons';

// Building every lesson highlights every file: slow on a busy machine, so a roomy timeout.
describe('content/', { timeout: 60_000 }, () => {
  test('every lesson validates, highlights and compiles', async () => {
    const slugs = await getLessonSlugs();
    const lessons = await getAllLessons();
    expect(lessons.map((l) => l.meta.slug).sort()).toEqual(slugs);
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    for (const lesson of lessons) {
      expect(lesson.file).toBe(`content/${lesson.meta.slug}.mdx`);
      expect(lesson.meta.stepCount).toBe(lesson.steps.length);
      expect(lesson.meta.lineCount).toBe(lesson.files.reduce((sum, f) => sum + (f.versions.at(-1)?.lines.length ?? 0), 0));
      for (const step of lesson.steps) {
        expect(step.lines.length, `${lesson.file} step ${step.index + 1}`).toBeGreaterThan(0);
        expect(step.words).toBeGreaterThan(20);
      }
      for (const slug of lesson.meta.related) expect(slugs).toContain(slug);
    }
  });

  test('the lessons cover at least three languages', async () => {
    const languages = new Set((await getAllLessons()).map((l) => l.meta.language));
    expect(languages.size).toBeGreaterThanOrEqual(3);
  });

  test('the login lesson follows one request from the handler through its wrapper and library to the GET after it', async () => {
    const lesson = (await getAllLessons()).find((l) => l.meta.slug === 'jwt-session-cookies')!;
    expect(lesson.meta.title).toBe('The login Route Handler, end to end');
    expect(lesson.files.map((f) => f.versions[0]?.source)).toEqual([
      'sandbox/routes/login.ts',
      'sandbox/http.ts#route',
      'sandbox/refresh.ts#start',
      'sandbox/session-cookies.ts',
      'sandbox/routes/me.ts',
    ]);
    // Every file is lit by some step, in the order the request meets them.
    const files = lesson.steps.map((step) => lesson.files[step.file]!.name);
    expect(files[0]).toBe('login.ts');
    expect(new Set(files).size).toBe(lesson.files.length);
    expect(files.at(-1)).toBe('me.ts');
    expect(toPlayerSteps(lesson).every((step) => Object.keys(step).sort().join() === 'file,lines,title,version,words')).toBe(true);
  });

  test('the build-up lesson changes its code across at least three versions', async () => {
    const lesson = (await getAllLessons()).find((l) => l.meta.slug === 'verify-a-jwt-step-by-step')!;
    const versions = lesson.files[0]!.versions;
    expect(versions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(lesson.steps.map((step) => step.version)).size).toBe(versions.length);
    for (const version of versions.slice(1)) expect(version.change!.added.length + version.change!.removed.length).toBeGreaterThan(0);
  });
});
