// The step in the address bar: `?step=3` means the third step (1-based for
// people), 0-based inside. Written with replaceState, so stepping never piles
// up history entries; other parameters and the hash are kept. Reading the
// parameter is lib/lesson-urls' job.
import { STEP_PARAM } from '@/lib/lesson-urls';

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

/**
 * How long the step must stay put before it is written. replaceState is not
 * free (Next's router copies its state along, ~5 ms here), so stepping through
 * a lesson writes once, when the reader stops, and never between a key press
 * and the frame that shows it. It also keeps far below the browsers' limit of
 * ~100 replaceState calls in 10 s.
 */
export const URL_SETTLE_MS = 300;

/** Runs `work` when the browser has a moment. */
export type Scheduler = (work: () => void) => void;

const whenIdle: Scheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 0);
};

/** A writer that puts the step in the URL once it has settled. */
export function createStepWriter(
  location: LocationLike,
  history: HistoryLike,
  { settle = URL_SETTLE_MS, schedule = whenIdle }: { settle?: number; schedule?: Scheduler } = {},
) {
  let pending: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (pending === null) return;
    const next = withStepParam(location.href, pending);
    pending = null;
    if (next === location.href) return;
    try {
      // `null` state lets Next's router adopt the new URL as its own.
      history.replaceState(null, '', next);
    } catch {
      // A browser refusing (rate limit, sandboxed frame): the next write carries the step.
    }
  };

  return {
    write(step: number) {
      pending = step;
      clearTimeout(timer);
      timer = setTimeout(() => schedule(flush), settle);
    },
    dispose() {
      clearTimeout(timer);
      pending = null;
    },
  };
}
