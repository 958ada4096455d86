// Courses over HTTP: the course page lists its lessons in order, each lesson
// in it says where it is and links to its neighbours (also as <link rel>),
// the catalog shows courses first, and the sitemap, feed and card know them.
import { describe, expect, inject, it } from 'vitest';
import { getCourses, getLesson } from '@/lib/lessons';
import { fetchPng } from './embed/png';

const base = inject('baseURL');
const get = (path: string) => fetch(base + path, { redirect: 'manual' });
const htmlOf = async (path: string) => (await (await get(path)).text()).replaceAll('<!-- -->', '');
const lessonLinks = (html: string) => [...new Set([...html.matchAll(/href="\/explainers\/([a-z0-9-]+)"/g)].map((m) => m[1]))];

describe('courses', async () => {
  const courses = await getCourses();
  const course = courses[0]!;

  it('there is at least one course, and it has lessons', () => {
    expect(courses.length).toBeGreaterThanOrEqual(1);
    expect(course.lessons.length).toBeGreaterThanOrEqual(2);
  });

  it('the course page lists its lessons in order, with level, steps and reading time', async () => {
    const res = await get(`/courses/${course.slug}`);
    expect(res.status).toBe(200);
    const html = await htmlOf(`/courses/${course.slug}`);
    expect(html).toContain(course.title);
    expect(lessonLinks(html)).toEqual(course.lessons);
    const first = (await getLesson(course.lessons[0]!))!;
    expect(html).toContain(`${first.meta.stepCount} steps`);
    expect(html).toMatch(/\d+ min/);
    expect(html).toContain(`${course.lessons.length} lessons`);
  });

  it('an unknown course is a 404', async () => {
    expect((await get('/courses/no-such-course')).status).toBe(404);
  });

  it('each lesson says "Lesson N of M · <course>" and links to its neighbours, in the page and as <link rel>', async () => {
    const total = course.lessons.length;
    for (const [i, slug] of course.lessons.entries()) {
      const html = await htmlOf(`/explainers/${slug}`);
      expect(html).toContain(`Lesson ${i + 1} of ${total} · ${course.title}`);
      expect(html).toContain(`href="/courses/${course.slug}"`);
      const previous = course.lessons[i - 1];
      const next = course.lessons[i + 1];
      if (previous) expect(html).toMatch(new RegExp(`<link rel="prev" href="/explainers/${previous}"`));
      else expect(html).not.toMatch(/<link rel="prev"/);
      if (next) expect(html).toMatch(new RegExp(`<link rel="next" href="/explainers/${next}"`));
      else expect(html).not.toMatch(/<link rel="next"/);
    }
  });

  it('the catalog shows the courses above the single lessons', async () => {
    const html = await htmlOf('/');
    const courseAt = html.indexOf(`href="/courses/${course.slug}"`);
    const firstLessonCard = html.search(/href="\/explainers\/[a-z0-9-]+"/);
    expect(courseAt).toBeGreaterThan(-1);
    expect(courseAt).toBeLessThan(firstLessonCard);
  });

  it('the sitemap and the feed list the course', async () => {
    expect(await (await get('/sitemap.xml')).text()).toContain(`/courses/${course.slug}</loc>`);
    expect(await (await get('/feed.xml')).text()).toContain(`/courses/${course.slug}"/>`);
  });

  it('the course has an Open Graph card, 1200×630', async () => {
    const html = await htmlOf(`/courses/${course.slug}`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toContain(`/courses/${course.slug}/opengraph-image`);
    const { response, size } = await fetchPng(base + new URL(image!).pathname);
    expect(response.status).toBe(200);
    expect(size).toEqual({ width: 1200, height: 630 });
  });
});
