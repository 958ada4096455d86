'use client';
// The reader's saved progress as React sees it: read from localStorage after
// hydration (the server knows nothing of it), and again whenever another tab
// or the Clear button changes it.
import { useSyncExternalStore } from 'react';
import { clearProgress, PROGRESS_KEY, readProgress } from '@/lib/progress';

const CHANGED = 'stepwise-progress';

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => (event.key === null || event.key === PROGRESS_KEY) && onChange();
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** A lesson's state as a string (stable between reads): `done`, `step:<0-based>`, or '' for none. */
export function useLessonProgress(slug: string): string {
  return useSyncExternalStore(
    subscribe,
    () => {
      const saved = readProgress()[slug];
      return saved ? (saved.done ? 'done' : `step:${saved.step}`) : '';
    },
    () => '',
  );
}

/** Whether anything is saved. */
export function useAnyProgress(): boolean {
  return useSyncExternalStore(subscribe, () => Object.keys(readProgress()).length > 0, () => false);
}

export function forgetProgress(): void {
  clearProgress();
  window.dispatchEvent(new Event(CHANGED));
}
