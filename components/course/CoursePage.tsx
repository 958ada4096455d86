// A course: its title and summary, then its lessons in reading order, each
// with its level, steps, reading time and (once the browser knows it) the
// reader's progress. Server-rendered: the list reads whole without JavaScript.
import Link from 'next/link';
import { ProgressBadge } from '@/components/catalog/ProgressBadge';
import { readingMinutes, type Course } from '@/lib/lessons';
import type { Lesson } from '@/lib/lessons/types';
import { lessonPath } from '@/lib/lesson-urls';
import styles from './CoursePage.module.css';

export function lessonMinutes(lesson: Lesson): number {
  return readingMinutes(
    lesson.steps.reduce((sum, step) => sum + step.words, 0),
    lesson.meta.lineCount,
  );
}

export function CoursePage({ course, lessons }: { course: Course; lessons: Lesson[] }) {
  const steps = lessons.reduce((sum, l) => sum + l.meta.stepCount, 0);
  const minutes = lessons.reduce((sum, l) => sum + lessonMinutes(l), 0);
  const first = lessons[0];
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>
          Course <span aria-hidden="true">·</span> {course.level}
        </p>
        <h1 className={styles.title}>{course.title}</h1>
        <p className={styles.summary}>{course.summary}</p>
        <p className={styles.counts}>
          {lessons.length} lessons · {steps} steps · about {minutes} min
        </p>
        {first ? (
          <p className={styles.start}>
            <Link href={lessonPath(first.meta.slug)}>Start with lesson 1: {first.meta.title} →</Link>
          </p>
        ) : null}
      </header>
      <ol className={styles.lessons} aria-label="Lessons in order">
        {lessons.map((lesson, i) => (
          <li key={lesson.meta.slug} className={styles.lesson}>
            <span className={styles.number} aria-hidden="true">
              {i + 1}
            </span>
            <div className={styles.body}>
              <h2 className={styles.lessonTitle}>
                <Link href={lessonPath(lesson.meta.slug)} className={styles.link}>
                  {lesson.meta.title}
                </Link>
              </h2>
              <p className={styles.lessonSummary}>{lesson.meta.summary}</p>
              <p className={styles.meta}>
                <span className={styles.language}>{lesson.meta.languageLabel}</span>
                <span aria-hidden="true">·</span>
                <span>{lesson.meta.level}</span>
                <span aria-hidden="true">·</span>
                <span>{lesson.meta.stepCount} steps</span>
                <span aria-hidden="true">·</span>
                <span>{lessonMinutes(lesson)} min</span>
                <ProgressBadge slug={lesson.meta.slug} total={lesson.meta.stepCount} className={styles.progress} />
              </p>
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}
