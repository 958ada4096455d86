// A shared page is a function of its URL, so once rendered with coloured code
// it never needs rendering again. One rendered with plain code (page renders
// had used up their highlighter budget) must be redone soon. Next takes a
// cached page's lifetime as the shortest of its segment's `revalidate` and of
// every `unstable_cache` entry read while it rendered, so reading one that
// lives a minute shortens that render's life alone.
import 'server-only';
import { unstable_cache } from 'next/cache';

/** How soon a shared page rendered with plain code is rendered again. */
export const PLAIN_RENDER_SECONDS = 60;

const oneMinuteEntry = unstable_cache(async () => true, ['stepwise:plain-render'], { revalidate: PLAIN_RENDER_SECONDS });

/** Call while rendering a shared page whose code came back plain: Next renders it again within a minute. */
export async function renderAgainSoon(): Promise<void> {
  await oneMinuteEntry();
}
