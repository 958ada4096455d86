// The catalog's courses, above its single lessons: each a card with its level,
// title, summary and lessons in order.
import Link from 'next/link';
import type { Course } from '@/lib/lessons';
import type { Lesson } from '@/lib/lessons/types';
import { coursePath } from '@/lib/lesson-urls';
import styles from './CourseList.module.css';

export function CourseList({ courses, lessons }: { courses: Course[]; lessons: Lesson[] }) {
  if (courses.length === 0) return null;
  const bySlug = new Map(lessons.map((lesson) => [lesson.meta.slug, lesson]));
  return (
    <section className={styles.section} aria-labelledby="courses">
      <h2 id="courses" className={styles.heading}>
        Courses
      </h2>
      <ul className={styles.list}>
        {courses.map((course) => {
          const steps = course.lessons.reduce((sum, slug) => sum + (bySlug.get(slug)?.meta.stepCount ?? 0), 0);
          return (
            <li key={course.slug}>
              <article className={styles.card}>
                <div className={styles.top}>
                  <span>Course · {course.lessons.length} lessons · {steps} steps</span>
                  <span className={styles.level}>{course.level}</span>
                </div>
                <h3 className={styles.title}>
                  <Link href={coursePath(course.slug)} className={styles.link}>
                    {course.title}
                  </Link>
                </h3>
                <p className={styles.summary}>{course.summary}</p>
                <ol className={styles.lessons}>
                  {course.lessons.map((slug) => (
                    <li key={slug}>{bySlug.get(slug)?.meta.title ?? slug}</li>
                  ))}
                </ol>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
