'use client';
// "Done" or "Step 3 of 8" on a lesson card, from this browser's saved progress.
// It floats over the card's code preview, so appearing moves nothing.
import { useLessonProgress } from './reading-progress';
import styles from './LessonCard.module.css';

export function ProgressBadge({ slug, total }: { slug: string; total: number }) {
  const state = useLessonProgress(slug);
  if (!state) return null;
  const done = state === 'done';
  return (
    <span className={styles.progress} data-progress={done ? 'done' : 'started'}>
      {done ? 'Done' : `Step ${Number(state.slice(5)) + 1} of ${total}`}
    </span>
  );
}
