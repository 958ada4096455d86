// The reader's progress, kept in this browser only (localStorage, no account):
// for each lesson, the last step read and whether it was finished. Storage
// may be missing, blocked (private modes, sandboxed frames) or full: then
// nothing is saved, everything reads as "no progress", and nothing throws.

export const PROGRESS_KEY = 'stepwise-progress';

export interface LessonProgress {
  /** 0-based step the reader was last on. */
  step: number;
  /** The reader reached the last step at some point. */
  done: boolean;
}

export type Progress = Record<string, LessonProgress>;

/** The browser's localStorage, or null where there is none or it may not be used. */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const isEntry = (v: unknown): v is LessonProgress =>
  typeof v === 'object' && v !== null && Number.isInteger((v as LessonProgress).step) && (v as LessonProgress).step >= 0 && typeof (v as LessonProgress).done === 'boolean';

/** Everything saved, minus whatever does not look like progress. */
export function readProgress(store: Storage | null = storage()): Progress {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(PROGRESS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => isEntry(v)).map(([slug, { step, done }]) => [slug, { step, done }]));
  } catch {
    return {};
  }
}

/** Notes that the reader is on `step` (0-based) of a lesson of `total` steps; the last step marks it done for good. */
export function recordStep(slug: string, step: number, total: number, store: Storage | null = storage()): void {
  if (!store) return;
  const all = readProgress(store);
  all[slug] = { step, done: (all[slug]?.done ?? false) || step >= total - 1 };
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(all));
  } catch {
    // Full or blocked: the reader keeps reading, unsaved.
  }
}

export function clearProgress(store: Storage | null = storage()): void {
  try {
    store?.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing to clear where nothing could be saved.
  }
}
