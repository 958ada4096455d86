'use client';
// The reader's progress beside each lesson of a course: "Done" or "In progress",
// from what the browser kept. Without JavaScript or storage it shows nothing.
import { useSyncExternalStore } from 'react';
import { readProgress, type LessonProgress } from './progress';

const LABELS: Record<Exclude<LessonProgress, undefined>, string> = { done: 'Done', started: 'In progress' };

const storage = () => (typeof window === 'undefined' ? undefined : safeStorage());

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// Another tab finishing a lesson updates this page too.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

export function CourseProgress({ slug, className }: { slug: string; className?: string }) {
  const progress = useSyncExternalStore(
    subscribe,
    () => readProgress(slug, storage()),
    () => undefined,
  );
  if (!progress) return null;
  return (
    <span className={className} data-progress={progress}>
      {LABELS[progress]}
    </span>
  );
}
