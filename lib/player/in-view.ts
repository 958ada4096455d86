// How much of each player the reader can see, for the keys' rule: a page's
// keys step a player only while it is at least half in view (or holds focus),
// and of two such players, the one more in view. Kept per element, outside
// the stores, because the rule compares players.

/** The share of a player (or of the viewport, for a player taller than it) that must be in view for it to take the page's keys. */
export const KEYS_SHARE = 0.5;

const shares = new WeakMap<Element, number>();

/** An IntersectionObserver entry's "in view" share: of the player, or of the viewport it fills, whichever is more. */
export function viewShare(entry: Pick<IntersectionObserverEntry, 'isIntersecting' | 'intersectionRatio' | 'intersectionRect' | 'rootBounds'>): number {
  if (!entry.isIntersecting) return 0;
  const filled = entry.rootBounds && entry.rootBounds.height > 0 ? entry.intersectionRect.height / entry.rootBounds.height : 0;
  return Math.max(entry.intersectionRatio, filled);
}

export function setShare(root: Element, share: number): void {
  shares.set(root, share);
}

/** Unknown (no IntersectionObserver, or not measured yet) counts as in view. */
export function shareOf(root: Element): number {
  return shares.get(root) ?? 1;
}

/** Whether `root` takes keys that go to no player in particular: enough of it in view, and no other `candidates` more. */
export function takesPageKeys(root: Element, candidates: Iterable<Element>): boolean {
  const mine = shareOf(root);
  if (mine < KEYS_SHARE) return false;
  let before = true;
  for (const other of candidates) {
    if (other === root) {
      before = false;
      continue;
    }
    const theirs = shareOf(other);
    // A tie goes to the player that comes first on the page.
    if (theirs > mine || (theirs === mine && before)) return false;
  }
  return true;
}
