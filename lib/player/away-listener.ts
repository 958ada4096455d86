// Autoplay waits while nobody can see the player: a hidden tab, or the player
// scrolled out of view (also inside an iframe that is scrolled out of view).
// The same watch records how much of the player is in view, for the keys.
import { setShare, viewShare } from './in-view';
import type { PlayerStore } from './store';

/** Below this share of the player in view, it counts as off-screen. */
export const VISIBLE_SHARE = 0.2;

export function attachAway(store: PlayerStore, root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  const onVisibility = () => store.getState().setHidden(doc.visibilityState === 'hidden');
  onVisibility();
  doc.addEventListener('visibilitychange', onVisibility);

  // jsdom and old browsers have no IntersectionObserver: the player then counts as seen.
  const view = doc.defaultView;
  let observer: IntersectionObserver | undefined;
  if (view && typeof view.IntersectionObserver === 'function') {
    observer = new view.IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry) return;
        store.getState().setOffscreen(!entry.isIntersecting || entry.intersectionRatio < VISIBLE_SHARE);
        setShare(root, viewShare(entry));
      },
      // Fine steps: a player taller than the screen fills half of it at no fixed ratio.
      { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
    );
    observer.observe(root);
  }
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    observer?.disconnect();
  };
}
