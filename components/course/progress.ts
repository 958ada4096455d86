// What the browser remembers of a reader's progress through a lesson, read
// for the course page. The lesson page writes it; storage may be missing or
// refused (private modes), and then every lesson simply reads as not started.

export type LessonProgress = 'done' | 'started' | undefined;

export const progressKey = (slug: string) => `stepwise:progress:${slug}`;

/** `{"step": 3, "done": false}` under the lesson's key: done, started (past step 1), or nothing. */
export function readProgress(slug: string, storage: Pick<Storage, 'getItem'> | undefined): LessonProgress {
  try {
    const raw = storage?.getItem(progressKey(slug));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { step?: unknown; done?: unknown };
    if (saved.done === true) return 'done';
    return typeof saved.step === 'number' && saved.step > 0 ? 'started' : undefined;
  } catch {
    return undefined;
  }
}
