// An Atom feed of the explainers, built from lesson metadata.
import type { LessonMeta } from '@/lib/lessons/types';
import { lessonPath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function atomFeed(lessons: LessonMeta[], updated: Date): string {
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
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
