'use client';
// "Done" or "Step 3 of 8" on a lesson card, from this browser's saved progress.
// It floats over the card's code preview, so appearing moves nothing.
// The card passes its class in: importing the card's CSS module here would ship
// its whole class map to every page with a card.
import { useLessonProgress } from './reading-progress';

export function ProgressBadge({ slug, total, className }: { slug: string; total: number; className?: string }) {
  const state = useLessonProgress(slug);
  if (!state) return null;
  const done = state === 'done';
  return (
    <span className={className} data-progress={done ? 'done' : 'started'}>
      {done ? 'Done' : `Step ${Number(state.slice(5)) + 1} of ${total}`}
    </span>
  );
}
