import { describe, expect, it } from 'vitest';
import { applyFilters, facets, filterHref, readFilters } from '@/lib/catalog';
import type { LessonMeta } from '@/lib/lessons/types';

function meta(slug: string, level: LessonMeta['level'], language: string, tags: string[]): LessonMeta {
  return {
    slug,
    title: slug,
    summary: '',
    language,
    languageLabel: language === 'typescript' ? 'TypeScript' : 'Python',
    level,
    tags,
    takeaways: ['a', 'b', 'c'],
    related: [],
    lineCount: 10,
    stepCount: 3,
  };
}

const lessons = [
  meta('jwt', 'Intermediate', 'typescript', ['jwt', 'cookies']),
  meta('retry', 'Beginner', 'python', ['reliability']),
  meta('pool', 'Intermediate', 'typescript', ['async']),
];

describe('catalog filters', () => {
  it('reads level, tag and language from the query, lower-cased, ignoring other keys and arrays beyond the first', () => {
    expect(readFilters({ level: 'Intermediate', tag: ['Cookies', 'x'], language: undefined, other: 'y' })).toEqual({
      level: 'intermediate',
      tag: 'cookies',
    });
  });

  it('drops empty and absurdly long values', () => {
    expect(readFilters({ level: '  ', tag: 'x'.repeat(65) })).toEqual({});
  });

  it('keeps lessons matching every filter', () => {
    expect(applyFilters(lessons, { level: 'intermediate' }).map((l) => l.slug)).toEqual(['jwt', 'pool']);
    expect(applyFilters(lessons, { level: 'intermediate', tag: 'cookies' }).map((l) => l.slug)).toEqual(['jwt']);
    expect(applyFilters(lessons, { language: 'python', tag: 'cookies' })).toEqual([]);
    expect(applyFilters(lessons, {})).toHaveLength(3);
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

  it('builds links that set or clear one filter and keep the others', () => {
    expect(filterHref({ level: 'beginner' }, 'tag', 'cookies')).toBe('/?level=beginner&tag=cookies');
    expect(filterHref({ level: 'beginner', tag: 'x' }, 'level', undefined)).toBe('/?tag=x');
    expect(filterHref({}, 'level', undefined)).toBe('/');
  });
});
