// Autoplay's clock, outside React: it dwells on each step in proportion to its
// words, pauses (keeping what is left) while the player is paused, hidden or
// off-screen, and pauses for good after the last step's dwell.
import { dwellMs } from './dwell';
import { isRunning, type PlayerState, type PlayerStore } from './store';

/** `words[i]` is step i's word count. Returns a function that stops the clock. */
export function attachAutoplay(store: PlayerStore, words: readonly number[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startedAt = 0;
  let remaining = 0;
  // The dwell restarts when the step or the speed changes, and only then.
  let dwellKey = '';

  const stopClock = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    remaining = Math.max(0, remaining - (Date.now() - startedAt));
  };

  const done = () => {
    timer = undefined;
    const s = store.getState();
    if (s.step < s.total - 1) s.goto(s.step + 1, 'autoplay');
    else s.pause();
  };

  const sync = (s: PlayerState) => {
    const key = `${s.step}:${s.speed}`;
    if (key !== dwellKey) {
      dwellKey = key;
      stopClock();
      remaining = dwellMs(words[s.step] ?? 0, s.speed);
    }
    if (isRunning(s) && timer === undefined) {
      // A dwell that ran out (a one-step lesson played again) runs again in full.
      if (remaining <= 0) remaining = dwellMs(words[s.step] ?? 0, s.speed);
      startedAt = Date.now();
      timer = setTimeout(done, remaining);
    } else if (!isRunning(s)) {
      stopClock();
    }
  };

  sync(store.getState());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    stopClock();
  };
}
