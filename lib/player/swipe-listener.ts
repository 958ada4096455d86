// A horizontal swipe on the player steps. A swipe that starts inside a region
// that scrolls sideways (an overflowing code pane) belongs to that region.
import type { PlayerStore } from './store';
import { swipeAction } from './swipe';

function scrollsSideways(from: Element | null, root: Element): boolean {
  for (let el = from; el && el !== root.parentElement; el = el.parentElement) {
    if (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX)) return true;
  }
  return false;
}

export function attachSwipe(store: PlayerStore, root: HTMLElement): () => void {
  let start: { x: number; y: number } | null = null;

  const onStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    const target = event.target instanceof Element ? event.target : null;
    start = event.touches.length === 1 && touch && !scrollsSideways(target, root) ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onEnd = (event: TouchEvent) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const action = swipeAction(touch.clientX - start.x, touch.clientY - start.y);
    start = null;
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
