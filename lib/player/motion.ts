// Whether the reader asked for less motion. jsdom (and very old browsers)
// have no matchMedia: then nothing is known and motion stays on.
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}
