// A lesson's place in its course: "Lesson 2 of 3 · <course>" above the title,
// the previous and next lessons below it, and the same two as
// <link rel="prev|next"> (React puts them in the document's head). Only the
// next lesson is prefetched: it is where a reader who finishes goes.
import Link from 'next/link';
import type { CoursePlace } from '@/lib/lessons';
import type { LessonMeta } from '@/lib/lessons/types';
import { coursePath, lessonPath } from '@/lib/lesson-urls';
import styles from './CourseNav.module.css';

export function CoursePlaceLine({ place }: { place: CoursePlace }) {
  return (
    <p className={styles.place}>
      <Link href={coursePath(place.course.slug)} prefetch={false}>
        Lesson {place.index + 1} of {place.course.lessons.length} · {place.course.title}
      </Link>
    </p>
  );
}

export function CourseNav({ place, previous, next }: { place: CoursePlace; previous?: LessonMeta; next?: LessonMeta }) {
  return (
    <nav className={styles.nav} aria-label={`Course: ${place.course.title}`}>
      {previous ? <link rel="prev" href={lessonPath(previous.slug)} /> : null}
      {next ? <link rel="next" href={lessonPath(next.slug)} /> : null}
      {previous ? (
        <Link className={styles.link} href={lessonPath(previous.slug)} rel="prev" prefetch={false}>
          <span className={styles.label}>← Previous lesson</span>
          <span className={styles.title}>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className={`${styles.link} ${styles.next}`} href={lessonPath(next.slug)} rel="next">
          <span className={styles.label}>Next lesson →</span>
          <span className={styles.title}>{next.title}</span>
        </Link>
      ) : (
        <Link className={`${styles.link} ${styles.next}`} href={coursePath(place.course.slug)} prefetch={false}>
          <span className={styles.label}>Last lesson of the course</span>
          <span className={styles.title}>Back to {place.course.title}</span>
        </Link>
      )}
    </nav>
  );
}
