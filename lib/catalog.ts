// The catalog's filters: read from the URL, applied to lesson metadata, and
// turned back into links, so filtering works as plain links without JavaScript.
import type { LessonMeta } from '@/lib/lessons/types';

export const FILTER_KEYS = ['level', 'tag', 'language'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

type SearchParams = Record<string, string | string[] | undefined>;

/** Filters from `?level=intermediate&tag=cookies`; values are compared case-insensitively, junk is dropped. */
export function readFilters(params: SearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
    if (value && value.length <= 64) filters[key] = value;
  }
  return filters;
}

function valuesOf(meta: LessonMeta, key: FilterKey): string[] {
  if (key === 'tag') return meta.tags.map((t) => t.toLowerCase());
  if (key === 'level') return [meta.level.toLowerCase()];
  return [meta.language.toLowerCase()];
}

export function applyFilters<T extends LessonMeta>(lessons: T[], filters: Filters): T[] {
  return lessons.filter((meta) =>
    FILTER_KEYS.every((key) => filters[key] === undefined || valuesOf(meta, key).includes(filters[key]!)),
  );
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** Every value a filter can take across all lessons, with how many lessons match each. */
export function facets(lessons: LessonMeta[], key: FilterKey): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const meta of lessons) {
    const labels = key === 'tag' ? meta.tags : key === 'level' ? [meta.level] : [meta.languageLabel];
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

/** The catalog URL with one filter set to `value` (or cleared with `undefined`), others kept. */
export function filterHref(filters: Filters, key: FilterKey, value: string | undefined): string {
  const next: Filters = { ...filters, [key]: value };
  const query = new URLSearchParams();
  for (const k of FILTER_KEYS) if (next[k]) query.set(k, next[k]!);
  const qs = query.toString();
  return qs ? `/?${qs}` : '/';
}
