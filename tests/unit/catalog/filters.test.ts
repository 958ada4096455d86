import { describe, expect, it } from 'vitest';
import { applyFilters, facets, filterHref, matchesQuery, readFilters, readingMinutes, shownTags, type CatalogEntry } from '@/lib/catalog';
import type { LessonMeta } from '@/lib/lessons/types';

function entry(slug: string, level: LessonMeta['level'], language: string, tags: string[], steps: string[] = []): CatalogEntry {
  const meta: LessonMeta = {
    slug,
    title: `${slug} lesson`,
    summary: `About ${slug}.`,
    language,
    languageLabel: language === 'typescript' ? 'TypeScript' : 'Python',
    level,
    tags,
    takeaways: ['a', 'b', 'c'],
    related: [],
    lineCount: 10,
    stepCount: 3,
  };
  return { meta, text: [meta.title, meta.summary, ...tags, ...steps].join('\n').toLowerCase() };
}

const lessons = [
  entry('jwt', 'Intermediate', 'typescript', ['jwt', 'cookies'], ['Sign the token']),
  entry('retry', 'Beginner', 'python', ['reliability', 'Python'], ['Back off with jitter']),
  entry('pool', 'Intermediate', 'typescript', ['async']),
];
const slugs = (list: CatalogEntry[]) => list.map((l) => l.meta.slug);

describe('catalog filters', () => {
  it('reads level, tag, language and the search from the query, lower-cased, ignoring other keys and arrays beyond the first', () => {
    expect(readFilters({ level: 'Intermediate', tag: ['Cookies', 'x'], language: undefined, other: 'y', q: '  Back   OFF ' })).toEqual({
      level: 'intermediate',
      tag: 'cookies',
      q: 'back off',
    });
  });

  it('drops empty and absurdly long values', () => {
    expect(readFilters({ level: '  ', tag: 'x'.repeat(65), q: 'y'.repeat(101) })).toEqual({});
  });

  it('keeps lessons matching every filter and every search word', () => {
    expect(slugs(applyFilters(lessons, { level: 'intermediate' }))).toEqual(['jwt', 'pool']);
    expect(slugs(applyFilters(lessons, { level: 'intermediate', tag: 'cookies' }))).toEqual(['jwt']);
    expect(applyFilters(lessons, { language: 'python', tag: 'cookies' })).toEqual([]);
    expect(applyFilters(lessons, {})).toHaveLength(3);
    expect(slugs(applyFilters(lessons, { q: 'jitter' }))).toEqual(['retry']);
    expect(slugs(applyFilters(lessons, { q: 'sign token' }))).toEqual(['jwt']);
    expect(applyFilters(lessons, { q: 'sign jitter' })).toEqual([]);
  });

  it('searches titles, summaries, tags and step titles', () => {
    const text = lessons[0]!.text;
    for (const q of ['jwt lesson', 'about jwt', 'cookies', 'sign the']) expect(matchesQuery(text, q)).toBe(true);
    expect(matchesQuery(text, 'backoff')).toBe(false);
    expect(matchesQuery(text, undefined)).toBe(true);
  });

  it('lists facet values with counts, levels in teaching order', () => {
    expect(facets(lessons, 'level').map((f) => [f.label, f.count])).toEqual([
      ['Beginner', 1],
      ['Intermediate', 2],
    ]);
    expect(facets(lessons, 'language').map((f) => [f.value, f.label, f.count])).toEqual([
      ['python', 'Python', 1],
      ['typescript', 'TypeScript', 2],
    ]);
  });

  it('counts follow the other active filters and the search, and values that would show nothing are left out', () => {
    expect(facets(lessons, 'tag', { level: 'intermediate' }).map((f) => [f.value, f.count])).toEqual([
      ['async', 1],
      ['cookies', 1],
      ['jwt', 1],
    ]);
    // The level's own filter does not narrow its options: the reader can switch level.
    expect(facets(lessons, 'level', { level: 'beginner' }).map((f) => [f.value, f.count])).toEqual([
      ['beginner', 1],
      ['intermediate', 2],
    ]);
    expect(facets(lessons, 'language', { tag: 'cookies' }).map((f) => [f.value, f.count])).toEqual([['typescript', 1]]);
    expect(facets(lessons, 'level', { q: 'jitter' }).map((f) => [f.value, f.count])).toEqual([['beginner', 1]]);
  });

  it('never shows the language again as a tag', () => {
    expect(shownTags(lessons[1]!.meta)).toEqual(['reliability']);
    expect(facets(lessons, 'tag').map((f) => f.value)).not.toContain('python');
  });

  it('builds links that set or clear one filter and keep the others and the search', () => {
    expect(filterHref({ level: 'beginner' }, 'tag', 'cookies')).toBe('/?level=beginner&tag=cookies');
    expect(filterHref({ level: 'beginner', tag: 'x' }, 'level', undefined)).toBe('/?tag=x');
    expect(filterHref({ q: 'back off', level: 'beginner' }, 'level', undefined)).toBe('/?q=back+off');
    expect(filterHref({}, 'level', undefined)).toBe('/');
  });
});

describe('readingMinutes', () => {
  it('reads the steps at about 200 words a minute plus a quarter minute per step, at least one', () => {
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes(Array.from({ length: 8 }, () => ({ words: 50 })))).toBe(4);
    expect(readingMinutes(Array.from({ length: 4 }, () => ({ words: 100 })))).toBe(3);
  });
});
