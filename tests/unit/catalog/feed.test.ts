import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/feed';
import type { LessonMeta } from '@/lib/lessons/types';

const meta: LessonMeta = {
  slug: 'x',
  title: 'Cookies & <tokens>',
  summary: 'Why "httpOnly" matters',
  language: 'typescript',
  languageLabel: 'TypeScript',
  level: 'Beginner',
  tags: ['jwt'],
  takeaways: ['a', 'b', 'c'],
  related: [],
  lineCount: 1,
  stepCount: 1,
};

describe('atomFeed', () => {
  it('lists each lesson as an entry with escaped text', () => {
    const xml = atomFeed([meta], new Date('2026-01-02T03:04:05Z'));
    expect(xml).toContain('<title>Cookies &amp; &lt;tokens&gt;</title>');
    expect(xml).toContain('<summary>Why &quot;httpOnly&quot; matters</summary>');
    expect(xml).toMatch(/<link href="http[^"]+\/explainers\/x"\/>/);
    expect(xml).toContain('<category term="jwt"/>');
    expect(xml).toContain('<updated>2026-01-02T03:04:05.000Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
