// The JWT course: its lessons in order, each teaching from the files the
// sandbox runs and ending in a scenario, and the sandbox's timeline linking
// each region that ran to the course lesson that explains it.
import { describe, expect, test } from 'vitest';
import { getCourse, getLesson, type Lesson } from '@/lib/lessons';
import { sandboxSources } from '@/lib/sandbox-sources';
import { sourceKey } from '@/lib/sandbox-client/types';
import { SOURCES } from '@/sandbox/events';
import { findScenario } from '@/sandbox/scenarios';

const course = (await getCourse('jwt-sessions-nextjs'))!;
const lessons = (await Promise.all(course.lessons.map((slug) => getLesson(slug)))) as Lesson[];

/** The first five, in this order; the rest of the course follows them. */
const OPENING = ['jwt-signing-key', 'jwt-signing-two-tokens', 'session-cookie-attributes', 'verify-jwt-map-errors', 'jwt-session-cookies'];

describe('the JWT course', () => {
  test('is titled for Next.js 16, rated Advanced, and opens with key, signing, cookies, verifying and the login handler', () => {
    expect(course.title).toBe('JWT sessions in Next.js 16');
    expect(course.level).toBe('Advanced');
    expect(course.lessons.slice(0, OPENING.length)).toEqual(OPENING);
  });

  test.each(lessons.map((lesson) => [lesson.meta.slug, lesson] as const))('%s: code from the repository, a scenario to try, Advanced', (_, lesson) => {
    for (const file of lesson.files) for (const version of file.versions) expect(version.source).not.toBe('inline');
    expect(findScenario(lesson.meta.sandbox), `sandbox: ${lesson.meta.sandbox}`).toBeDefined();
    expect(lesson.meta.level).toBe('Advanced');
  });
});

describe('timeline links', () => {
  test('each region that ran links to the course lesson about it', async () => {
    const map = await sandboxSources();
    const linked = (source: keyof typeof SOURCES) => map[sourceKey(SOURCES[source])]?.lesson?.href;
    expect(linked('sign')).toBe('/explainers/jwt-signing-two-tokens?step=2');
    expect(linked('cookie')).toMatch(/^\/explainers\/session-cookie-attributes\?step=\d+$/);
    expect(linked('verify')).toMatch(/^\/explainers\/verify-jwt-map-errors\?step=\d+$/);
    expect(linked('errors')).toMatch(/^\/explainers\/verify-jwt-map-errors\?step=\d+$/);
    // The course explains every region the timeline names, so every link goes into it.
    const paths = course.lessons.map((slug) => `/explainers/${slug}`);
    for (const name of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) {
      // Never traced (the key is imported once, not per request), and the sandbox's own fast-forward, which no session code needs.
      if (name === 'key' || name === 'advance') continue;
      expect(paths, name).toContain(linked(name)?.split('?')[0]);
    }
  });
});
