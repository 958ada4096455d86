// Where a shared walkthrough lives: `/w/<data>`, its embed and its card.
export const sharedPath = (data: string) => `/w/${data}`;
export const sharedEmbedPath = (data: string) => `/embed/w/${data}`;
export const sharedCardPath = (data: string) => `/w/${data}/opengraph-image`;

/** `/w/<data>` or `/embed/w/<data>` (a trailing slash is fine) → data; anything else → null. */
export function sharedDataOf(pathname: string): string | null {
  return /^\/(?:embed\/)?w\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}
