// A horizontal swipe steps: left → next, right → previous.

/** How far a finger must travel sideways, in CSS pixels, to count as a swipe. */
export const SWIPE_MIN_PX = 40;

export function swipeAction(dx: number, dy: number): 'next' | 'prev' | null {
  if (Math.abs(dx) <= SWIPE_MIN_PX || Math.abs(dx) <= Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
