// Autoplay waits while nobody can see the player: a hidden tab, or the player
// scrolled out of view (also inside an iframe that is scrolled out of view).
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
        if (entry) store.getState().setOffscreen(!entry.isIntersecting || entry.intersectionRatio < VISIBLE_SHARE);
      },
      { threshold: [0, VISIBLE_SHARE] },
    );
    observer.observe(root);
  }
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    observer?.disconnect();
  };
}
