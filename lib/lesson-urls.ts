// Every lesson and step URL the site hands out or reads, built in one place.
// Steps are 0-based in code and 1-based in URLs (`?step=3` is the third step).

export const STEP_PARAM = 'step';
/** No lesson has this many steps; a larger number in a URL is not a step. */
export const MAX_STEP_NUMBER = 999;

/** `/explainers/<slug>`, or with `?step=N` when a 0-based `step` is given (even the first: the link names it). */
export function lessonPath(slug: string, step?: number | null): string {
  const path = `/explainers/${slug}`;
  return step === undefined || step === null ? path : `${path}?${STEP_PARAM}=${step + 1}`;
}

/** The shared step's page (`/explainers/<slug>/step/<N>`), whose card shows that step. */
export function stepPagePath(slug: string, step: number): string {
  return `/explainers/${slug}/step/${step + 1}`;
}

/** The lesson's card image, or the shared step's. */
export function cardImagePath(slug: string, step?: number | null): string {
  return step === undefined || step === null ? `/explainers/${slug}/opengraph-image` : `${stepPagePath(slug, step)}/opengraph-image`;
}

export function embedPath(slug: string): string {
  return `/embed/${slug}`;
}

/** The one rule for a step number in a URL: a whole number from 1 to 999 → its 0-based step; anything else → null. */
export function parseStepNumber(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || !/^\s*\d{1,3}\s*$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_STEP_NUMBER ? n - 1 : null;
}

/** The 0-based step `?step=N` in `search` asks for, clamped to a lesson of `total` steps; null when absent or not a step. */
export function readStepParam(search: string, total: number): number | null {
  const step = parseStepNumber(new URLSearchParams(search).get(STEP_PARAM));
  return step === null ? null : Math.min(step, Math.max(0, total - 1));
}

/** `/courses/<slug>`: a course and its lessons in order. */
export function coursePath(slug: string): string {
  return `/courses/${slug}`;
}

/** `/sandbox?scenario=<name>`: the sandbox set up for one guided scenario (sandbox/scenarios.ts). */
export function scenarioPath(name: string): string {
  return `/sandbox?scenario=${encodeURIComponent(name)}`;
}
