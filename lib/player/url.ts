// The step in the address bar: `?step=3` means the third step (1-based for
// people), 0-based inside. Written with replaceState, so stepping never piles
// up history entries; other parameters and the hash are kept.

export const STEP_PARAM = 'step';

/** The 0-based step `?step=N` asks for, clamped to the lesson; null when absent or not a whole number. */
export function readStepParam(search: string, total: number): number | null {
  const raw = new URLSearchParams(search).get(STEP_PARAM);
  if (raw === null || !/^\s*\d{1,6}\s*$/.test(raw)) return null;
  const step = Number(raw) - 1;
  return Math.min(Math.max(0, step), Math.max(0, total - 1));
}

/** `href` with `?step=N` for 0-based `step`; the first step needs no parameter. */
export function withStepParam(href: string, step: number): string {
  const url = new URL(href);
  if (step > 0) url.searchParams.set(STEP_PARAM, String(step + 1));
  else url.searchParams.delete(STEP_PARAM);
  return url.toString();
}

export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

export interface LocationLike {
  href: string;
}

/** Browsers refuse more than ~100 replaceState calls in 10 s; one per 100 ms stays clear of that. */
export const URL_WRITE_INTERVAL_MS = 100;

/** Runs `work` soon, when the browser has a moment: after the frame that shows the new step. */
export type Scheduler = (work: () => void) => void;

// replaceState is not free (Next's router copies its state along), so it waits
// for idle time instead of delaying the frame that shows the new step.
const whenIdle: Scheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 250 });
  else setTimeout(work, 50);
};

/**
 * A writer that puts the step in the URL soon after it changes, at most once
 * per interval: a burst of steps (a held arrow key) ends in one write of the last.
 */
export function createStepWriter(
  location: LocationLike,
  history: HistoryLike,
  { interval = URL_WRITE_INTERVAL_MS, schedule = whenIdle }: { interval?: number; schedule?: Scheduler } = {},
) {
  let lastWrite = -Infinity;
  let pending: number | null = null;
  let queued = false;
  let disposed = false;

  const flush = () => {
    if (disposed || pending === null) {
      queued = false;
      return;
    }
    const wait = lastWrite + interval - Date.now();
    if (wait > 0) {
      setTimeout(flush, wait);
      return;
    }
    queued = false;
    const step = pending;
    pending = null;
    lastWrite = Date.now();
    const next = withStepParam(location.href, step);
    if (next === location.href) return;
    try {
      // `null` state lets Next's router adopt the new URL as its own.
      history.replaceState(null, '', next);
    } catch {
      // A browser's rate limit: the next write will carry the step.
    }
  };

  return {
    write(step: number) {
      pending = step;
      if (!queued) {
        queued = true;
        schedule(flush);
      }
    },
    dispose() {
      disposed = true;
      pending = null;
    },
  };
}
