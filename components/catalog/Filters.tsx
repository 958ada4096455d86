import Link from 'next/link';
import { facets, filterHref, type FilterKey, type Filters as FilterState } from '@/lib/catalog';
import type { LessonMeta } from '@/lib/lessons/types';
import styles from './Filters.module.css';

const GROUPS: { key: FilterKey; label: string }[] = [
  { key: 'level', label: 'Level' },
  { key: 'language', label: 'Language' },
  { key: 'tag', label: 'Tag' },
];

/** Filters are plain links: they work without JavaScript and every state has a URL. */
export function Filters({ lessons, filters }: { lessons: LessonMeta[]; filters: FilterState }) {
  return (
    <nav aria-label="Filter explainers" className={styles.filters}>
      {GROUPS.map(({ key, label }) => (
        <div key={key} className={styles.group}>
          <span className={styles.label} id={`filter-${key}`}>
            {label}
          </span>
          <ul aria-labelledby={`filter-${key}`} className={styles.options}>
            <li>
              <Link href={filterHref(filters, key, undefined)} aria-current={!filters[key] ? 'true' : undefined} className={styles.chip}>
                All
              </Link>
            </li>
            {facets(lessons, key).map((option) => (
              <li key={option.value}>
                <Link
                  href={filterHref(filters, key, option.value)}
                  aria-current={filters[key] === option.value ? 'true' : undefined}
                  className={styles.chip}
                >
                  {option.label} <span className={styles.count}>{option.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
