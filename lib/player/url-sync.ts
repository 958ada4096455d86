// Keeps `?step=N` and the store in step: read once on attach, written on change.
import type { PlayerStore } from './store';
import { readStepParam } from '@/lib/lesson-urls';
import { createStepWriter } from './url';

export function attachUrlSync(store: PlayerStore, win: Window = window): () => void {
  const asked = readStepParam(win.location.search, store.getState().total);
  if (asked !== null) store.getState().goto(asked, 'restore');
  const writer = createStepWriter(win.location, win.history);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.step !== prev.step && s.origin !== 'restore') writer.write(s.step);
  });
  return () => {
    unsubscribe();
    writer.dispose();
  };
}
