import type { Lesson } from '@/lib/lessons/types';
import { LessonCard } from './LessonCard';
import styles from './CardGrid.module.css';

export interface CardGridProps {
  lessons: Lesson[];
  headingLevel?: 2 | 3;
  /** The catalog's search text per slug: the search box narrows the cards by it as the reader types. */
  search?: Record<string, string>;
  /** Slugs rendered hidden (the search leaves them out; typing may bring them back). */
  hidden?: ReadonlySet<string>;
}

/** Lesson cards in a responsive grid: the catalog and "Related explainers". */
export function CardGrid({ lessons, headingLevel, search, hidden }: CardGridProps) {
  return (
    <ul className={styles.grid}>
      {lessons.map((lesson) => (
        <li key={lesson.meta.slug} data-search={search?.[lesson.meta.slug]} hidden={hidden?.has(lesson.meta.slug)}>
          <LessonCard lesson={lesson} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
