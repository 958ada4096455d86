'use client';
// Progress on the lesson page: every step the reader settles on is saved in
// this browser (lib/progress), the last step marks the lesson done, and a
// reader who comes back is offered — never pushed — the step they left.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePlayerStore } from '@/lib/player/context';
import { prefersReducedMotion } from '@/lib/player/motion';
import { readProgress, recordStep } from '@/lib/progress';
import { STEP_PARAM } from '@/lib/lesson-urls';
import styles from './ResumeOffer.module.css';

/** A step is saved once the reader has stayed on it this long: stepping through never writes per key press. */
const SETTLE_MS = 400;

const noSubscribe = () => () => {};

/** The step to offer: one saved for this lesson, past the first, unless a link named a step (it says where to read). */
function savedStep(slug: string, step: number, total: number): number | null {
  if (step > 0 || new URLSearchParams(location.search).has(STEP_PARAM)) return null;
  const saved = readProgress()[slug];
  return saved && saved.step > 0 && saved.step < total ? saved.step : null;
}

export function ResumeOffer({ slug }: { slug: string }) {
  const store = usePlayerStore();
  // Read after hydration (the server knows nothing of this browser's storage).
  const offer = useSyncExternalStore(noSubscribe, () => savedStep(slug, store.getState().step, store.getState().total), () => null);
  // Once the reader moves, the offer has served (or been declined).
  const [moved, setMoved] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.step === prev.step) return;
      setMoved(true);
      clearTimeout(timer);
      timer = setTimeout(() => recordStep(slug, s.step, s.total), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, slug]);

  if (offer === null || moved) return null;
  const resume = (event: { currentTarget: Element }) => {
    store.getState().goto(offer);
    event.currentTarget.closest('[data-player]')?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
  };
  return (
    <div className={styles.offer}>
      <p role="status">You were on step {offer + 1}.</p>
      <button type="button" className={styles.resume} onClick={resume}>
        Resume at step {offer + 1}
      </button>
      <button type="button" className={styles.dismiss} onClick={() => setMoved(true)} aria-label="No thanks, start from step 1">
        ×
      </button>
    </div>
  );
}
