// An Atom feed of the courses and explainers, built from their metadata.
import type { LessonMeta } from '@/lib/lessons/types';
import { coursePath, lessonPath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** What the feed needs of a course (lib/lessons' Course has it). */
export interface FeedCourse {
  slug: string;
  title: string;
  summary: string;
}

export function atomFeed(lessons: LessonMeta[], updated: Date, courses: FeedCourse[] = []): string {
  const courseEntries = courses.map((course) => {
    const url = `${site.url}${coursePath(course.slug)}`;
    return [
      '  <entry>',
      `    <title>${escapeXml(`Course: ${course.title}`)}</title>`,
      `    <link href="${url}"/>`,
      `    <id>${url}</id>`,
      `    <updated>${updated.toISOString()}</updated>`,
      `    <summary>${escapeXml(course.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const entries = lessons.map((meta) => {
    const url = `${site.url}${lessonPath(meta.slug)}`;
    return [
      '  <entry>',
      `    <title>${escapeXml(meta.title)}</title>`,
      `    <link href="${url}"/>`,
      `    <id>${url}</id>`,
      `    <updated>${updated.toISOString()}</updated>`,
      `    <summary>${escapeXml(meta.summary)}</summary>`,
      ...meta.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(site.name)}</title>`,
    `  <subtitle>${escapeXml(site.tagline)}</subtitle>`,
    `  <link href="${site.url}/"/>`,
    `  <link rel="self" href="${site.url}/feed.xml"/>`,
    `  <id>${site.url}/</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...courseEntries,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
