import Link from 'next/link';
import { previewLines, readingMinutes, shownTags } from '@/lib/catalog';
import { lessonPath } from '@/lib/lesson-urls';
import type { Lesson } from '@/lib/lessons/types';
import { CodePreview } from './CodePreview';
import { ProgressBadge } from './ProgressBadge';
import styles from './LessonCard.module.css';

const PREVIEW_LINES = 6;

/** The lesson card: the same design in the catalog, under "Related explainers" and (drawn by next/og) as the share image. */
export function LessonCard({ lesson, headingLevel = 2 }: { lesson: Lesson; headingLevel?: 2 | 3 }) {
  const { meta } = lesson;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={styles.card}>
      <div className={styles.top}>
        <span className={styles.language}>{meta.languageLabel}</span>
        <span className={styles.level} data-level={meta.level.toLowerCase()}>
          {meta.level}
        </span>
      </div>
      <div className={styles.previewBox}>
        <CodePreview lines={previewLines(lesson, PREVIEW_LINES)} />
        <ProgressBadge slug={meta.slug} total={meta.stepCount} className={styles.progress} />
      </div>
      <Heading className={styles.title}>
        <Link href={lessonPath(meta.slug)} className={styles.link}>
          {meta.title}
        </Link>
      </Heading>
      <p className={styles.summary}>{meta.summary}</p>
      <ul className={styles.tags} aria-label="Tags">
        {shownTags(meta)
          .slice(0, 3)
          .map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
      </ul>
      <p className={styles.counts}>
        {meta.stepCount} steps · {readingMinutes(lesson.steps)} min read
      </p>
    </article>
  );
}
