import type { Lesson } from '@/lib/lessons/types';
import { LessonCard } from './LessonCard';
import styles from './CardGrid.module.css';

/** Lesson cards in a responsive grid: the catalog and "Related explainers". */
export function CardGrid({ lessons, headingLevel }: { lessons: Lesson[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className={styles.grid}>
      {lessons.map((lesson) => (
        <li key={lesson.meta.slug}>
          <LessonCard lesson={lesson} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
