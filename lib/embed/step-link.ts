// A shared step link, `/explainers/<slug>?step=N`, is served by a page of its
// own (`/explainers/<slug>/step/<N>`) so that its Open Graph card shows that
// step, while the plain lesson page stays statically generated. The proxy
// rewrites with this; anything it does not recognise goes to the lesson page.

const LESSON_PAGE = /^\/explainers\/([a-z0-9][a-z0-9-]{0,99})\/?$/;
/** Steps beyond this are not in any lesson; the lesson page clamps them anyway. */
const MAX_SHARED_STEP = 999;

/** The step page's path for a lesson URL with `?step=N`, or null to leave the request alone. */
export function stepPagePath(pathname: string, search: string): string | null {
  const slug = LESSON_PAGE.exec(pathname)?.[1];
  const raw = new URLSearchParams(search).get('step');
  if (!slug || raw === null || !/^\d{1,3}$/.test(raw)) return null;
  const step = Number(raw);
  return step >= 1 && step <= MAX_SHARED_STEP ? `/explainers/${slug}/step/${step}` : null;
}

/** The step page's `[n]` segment as a 0-based step, clamped to the lesson; null when it is not a step number. */
export function readStepSegment(n: string, total: number): number | null {
  if (!/^\d{1,3}$/.test(n) || Number(n) < 1) return null;
  return Math.min(Number(n), Math.max(1, total)) - 1;
}
