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

describe('atomFeed with courses', () => {
  it('lists each course before the lessons, linking to its page', () => {
    const xml = atomFeed([meta], new Date('2026-01-02T03:04:05Z'), [{ slug: 'sessions', title: 'Sessions & cookies', summary: 'A series.' }]);
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<title>Course: Sessions &amp; cookies</title>');
    expect(entries[0]).toMatch(/<link href="http[^"]+\/courses\/sessions"\/>/);
    expect(entries[1]).toContain('/explainers/x');
  });
});
