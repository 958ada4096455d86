// A shared step link, `/explainers/<slug>?step=N`, is served by a page of its
// own (`/explainers/<slug>/step/<N>`) so that its Open Graph card shows that
// step, while the plain lesson page stays statically generated. A shared
// walkthrough's step link, `/w/<data>?step=N`, goes the same way to
// `/w/<data>/step/<N>`. The proxy rewrites with this; anything it does not
// recognise goes to the page it named.

import { parseStepNumber, STEP_PARAM, stepPagePath } from '@/lib/lesson-urls';
import { sharedStepPagePath } from '@/lib/studio/paths';

const LESSON_PAGE = /^\/explainers\/([a-z0-9][a-z0-9-]{0,99})\/?$/;
const SHARED_PAGE = /^\/w\/([^/]+)\/?$/;

/** The step page's path for a lesson or shared walkthrough URL with `?step=N`, or null to leave the request alone. */
export function stepPageFor(pathname: string, search: string): string | null {
  const step = parseStepNumber(new URLSearchParams(search).get(STEP_PARAM));
  if (step === null) return null;
  const slug = LESSON_PAGE.exec(pathname)?.[1];
  if (slug) return stepPagePath(slug, step);
  const data = SHARED_PAGE.exec(pathname)?.[1];
  return data ? sharedStepPagePath(data, step) : null;
}

/** The step page's `[n]` segment as a 0-based step, clamped to the lesson; null when it is not a step number. */
export function readStepSegment(n: string, total: number): number | null {
  const step = parseStepNumber(n);
  return step === null ? null : Math.min(step, Math.max(0, total - 1));
}
