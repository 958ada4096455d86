// A horizontal swipe anywhere on the player steps, the code included. A swipe
// that scrolled something sideways (long code lines, unwrapped) was a scroll,
// not a swipe: it steps only when nothing under the finger moved.
import type { PlayerStore } from './store';
import { swipeAction } from './swipe';

/** The sideways scrollers between `from` and the player's root, with where each stands. */
function sidewaysScrollers(from: Element | null, root: Element): [Element, number][] {
  const found: [Element, number][] = [];
  for (let el = from; el && el !== root.parentElement; el = el.parentElement) {
    if (el.scrollWidth > el.clientWidth + 1) found.push([el, el.scrollLeft]);
  }
  return found;
}

export function attachSwipe(store: PlayerStore, root: HTMLElement): () => void {
  let start: { x: number; y: number; scrollers: [Element, number][] } | null = null;

  const onStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    const target = event.target instanceof Element ? event.target : null;
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, scrollers: sidewaysScrollers(target, root) } : null;
  };
  const onEnd = (event: TouchEvent) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const { x, y, scrollers } = start;
    start = null;
    if (scrollers.some(([el, left]) => Math.abs(el.scrollLeft - left) > 1)) return;
    const action = swipeAction(touch.clientX - x, touch.clientY - y);
    if (action) store.getState()[action]();
  };
  const onCancel = () => {
    start = null;
  };

  root.addEventListener('touchstart', onStart, { passive: true });
  root.addEventListener('touchend', onEnd, { passive: true });
  root.addEventListener('touchcancel', onCancel, { passive: true });
  return () => {
    root.removeEventListener('touchstart', onStart);
    root.removeEventListener('touchend', onEnd);
    root.removeEventListener('touchcancel', onCancel);
  };
}
