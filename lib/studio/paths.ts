// Where a shared walkthrough lives: `/w/<data>`, its embed and its card.
export const sharedPath = (data: string) => `/w/${data}`;
export const sharedEmbedPath = (data: string) => `/embed/w/${data}`;
/** The shared step's page (`/w/<data>/step/<N>`, 0-based `step`), whose card shows that step; `?step=N` links are served by it. */
export const sharedStepPagePath = (data: string, step: number) => `/w/${data}/step/${step + 1}`;
/** The walkthrough's card, or the shared step's. */
export const sharedCardPath = (data: string, step?: number | null) =>
  `${step === undefined || step === null ? sharedPath(data) : sharedStepPagePath(data, step)}/opengraph-image`;

/** A shared walkthrough's page and embed paths, from any of its addresses (its page, a step page, its embed); null elsewhere. */
export function sharedPathsOf(pathname: string): { page: string; embed: string } | null {
  const data = sharedDataOf(pathname.replace(/\/step\/\d+\/?$/, ''));
  return data ? { page: sharedPath(data), embed: sharedEmbedPath(data) } : null;
}

/** `/w/<data>` or `/embed/w/<data>` (a trailing slash is fine) → data; anything else → null. */
export function sharedDataOf(pathname: string): string | null {
  return /^\/(?:embed\/)?w\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}
