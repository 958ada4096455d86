// The catalog's search and filters: read from the URL, applied to the lessons,
// and turned back into links, so both work as plain GET links and forms
// without JavaScript. Also the facts a card shows beside the title.
import { cardLines, previewSpecLines, stepCardLines } from '@/lib/lessons/card-lines';
import type { CodeLine, Lesson, LessonMeta } from '@/lib/lessons/types';

export const FILTER_KEYS = ['level', 'tag', 'language'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The active filters, lower-cased, and `q`, the search words. */
export type Filters = Partial<Record<FilterKey | 'q', string>>;

type SearchParams = Record<string, string | string[] | undefined>;

const MAX_VALUE = 64;
const MAX_QUERY = 100;

/** Filters from `?q=backoff&level=intermediate&tag=cookies`; values are compared case-insensitively, junk is dropped. */
export function readFilters(params: SearchParams): Filters {
  const filters: Filters = {};
  for (const key of [...FILTER_KEYS, 'q'] as const) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase().replace(/\s+/g, ' ');
    if (value && value.length <= (key === 'q' ? MAX_QUERY : MAX_VALUE)) filters[key] = value;
  }
  return filters;
}

/** A lesson as the catalog sees it: its metadata and the text search looks through. */
export interface CatalogEntry {
  meta: LessonMeta;
  /** Title, summary, tags and step titles, lower-cased. */
  text: string;
}

export function catalogEntry(lesson: Lesson): CatalogEntry {
  const { meta } = lesson;
  return { meta, text: [meta.title, meta.summary, ...meta.tags, ...lesson.steps.map((s) => s.title)].join('\n').toLowerCase() };
}

/** Every word of the query appears somewhere in the text (the same rule runs in the browser as you type). */
export function matchesQuery(text: string, q: string | undefined): boolean {
  return !q || q.split(' ').every((word) => text.includes(word));
}

/** The tags a reader sees: never the language again, which the card already names. */
export function shownTags(meta: LessonMeta): string[] {
  const language = new Set([meta.language.toLowerCase(), meta.languageLabel.toLowerCase()]);
  return meta.tags.filter((tag) => !language.has(tag.toLowerCase()));
}

function valuesOf(meta: LessonMeta, key: FilterKey): string[] {
  if (key === 'tag') return shownTags(meta).map((t) => t.toLowerCase());
  if (key === 'level') return [meta.level.toLowerCase()];
  return [meta.language.toLowerCase()];
}

/** The entries matching every active filter and the search, leaving out the filter `except`. */
export function applyFilters<T extends CatalogEntry>(entries: T[], filters: Filters, except?: FilterKey): T[] {
  return entries.filter(
    ({ meta, text }) =>
      matchesQuery(text, filters.q) &&
      FILTER_KEYS.every((key) => key === except || filters[key] === undefined || valuesOf(meta, key).includes(filters[key]!)),
  );
}

export interface FacetOption {
  value: string;
  label: string;
  /** Lessons shown if this option were chosen, the other filters and the search kept. */
  count: number;
}

/** The values a filter can take that lead somewhere: counted with the other filters and the search applied; none with no lessons. */
export function facets(entries: CatalogEntry[], key: FilterKey, filters: Filters = {}): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const { meta } of applyFilters(entries, filters, key)) {
    const labels = key === 'tag' ? shownTags(meta) : key === 'level' ? [meta.level] : [meta.languageLabel];
    valuesOf(meta, key).forEach((value, i) => {
      const option = options.get(value) ?? { value, label: labels[i] ?? value, count: 0 };
      option.count += 1;
      options.set(value, option);
    });
  }
  const levelOrder = ['beginner', 'intermediate', 'advanced'];
  return [...options.values()].sort((a, b) =>
    key === 'level' ? levelOrder.indexOf(a.value) - levelOrder.indexOf(b.value) : a.label.localeCompare(b.label),
  );
}

/** The catalog URL with one filter set to `value` (or cleared with `undefined`), the others and the search kept. */
export function filterHref(filters: Filters, key: FilterKey | 'q', value: string | undefined): string {
  const next: Filters = { ...filters, [key]: value };
  const query = new URLSearchParams();
  for (const k of ['q', ...FILTER_KEYS] as const) if (next[k]) query.set(k, next[k]!);
  const qs = query.toString();
  return qs ? `/?${qs}` : '/';
}

/** Reading at ~200 words a minute, plus a quarter minute per step to read its lines; at least a minute. */
export function readingMinutes(steps: readonly { words: number }[]): number {
  const words = steps.reduce((sum, step) => sum + step.words, 0);
  return Math.max(1, Math.round(words / 200 + steps.length / 4));
}

/**
 * What a card shows of the code: the lesson's `preview` lines when it names
 * some, else step 1's lit lines (what the lesson is about, not its imports),
 * else the start of the code.
 */
export function previewLines(lesson: Lesson, count: number): CodeLine[] {
  for (const lines of [previewSpecLines(lesson, count), stepCardLines(lesson, 0, count)]) if (lines.length > 0) return lines;
  return cardLines(lesson, count);
}
