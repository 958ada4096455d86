// A shared step link, `/explainers/<slug>?step=N`, is served by a page of its
// own (`/explainers/<slug>/step/<N>`) so that its Open Graph card shows that
// step, while the plain lesson page stays statically generated. The proxy
// rewrites with this; anything it does not recognise goes to the lesson page.

import { parseStepNumber, STEP_PARAM, stepPagePath } from '@/lib/lesson-urls';

const LESSON_PAGE = /^\/explainers\/([a-z0-9][a-z0-9-]{0,99})\/?$/;

/** The step page's path for a lesson URL with `?step=N`, or null to leave the request alone. */
export function stepPageFor(pathname: string, search: string): string | null {
  const slug = LESSON_PAGE.exec(pathname)?.[1];
  const step = parseStepNumber(new URLSearchParams(search).get(STEP_PARAM));
  return slug && step !== null ? stepPagePath(slug, step) : null;
}

/** The step page's `[n]` segment as a 0-based step, clamped to the lesson; null when it is not a step number. */
export function readStepSegment(n: string, total: number): number | null {
  const step = parseStepNumber(n);
  return step === null ? null : Math.min(step, Math.max(0, total - 1));
}
