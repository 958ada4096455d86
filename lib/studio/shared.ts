// A `/w/<data>` link, read once per request: decoded, checked, and built into
// a Lesson for the page, its embed, its card and oEmbed. Every way it can be
// wrong becomes words for a 400 page, never an exception. Its highlighting is
// charged to the visitor who asked (./highlight-budget), or, for a page that
// is rendered once and then cached, to PAGE_RENDER.
import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { Lesson } from '@/lib/lessons/types';
import { clientKey } from '@/sandbox/rate-limit';
import { BAD_ESCAPES } from './check-link';
import { decodeWalkthrough } from './codec';
import { walkthroughLesson } from './lesson';
import type { StudioWalkthrough } from './model';

export type Shared =
  | { ok: true; data: string; walkthrough: StudioWalkthrough; lesson: Lesson; plainCode: boolean }
  | { ok: false; reasons: string[] };

export { sharedPath } from './paths';

/** A short, stable name for the walkthrough's player and cache entries. */
const slugFor = (data: string) => `w-${createHash('sha256').update(data).digest('base64url').slice(0, 12).toLowerCase().replace(/[^a-z0-9]/g, '0')}`;

/**
 * Who pays for a cached shared page's one render: it has no visitor to charge
 * (nobody's request may be read there), so all such renders share one budget.
 * Past it, a page renders with plain code and is rendered again within a
 * minute (./render-again); a page with coloured code is never rendered again.
 */
export const PAGE_RENDER = 'render:shared-page';

/** `client`: whose highlighter budget this pays from; the visitor's (from the request) when absent. */
export const loadShared = cache(async (raw: string, client?: string): Promise<Shared> => {
  let data: string;
  try {
    data = decodeURIComponent(raw);
  } catch {
    return { ok: false, reasons: [BAD_ESCAPES] };
  }
  const decoded = await decodeWalkthrough(data);
  if (!decoded.ok) return { ok: false, reasons: [decoded.error.message] };
  const built = await walkthroughLesson(decoded.walkthrough, slugFor(data), client ?? clientKey({ headers: await headers() }));
  if (!built.ok) return { ok: false, reasons: built.reasons };
  return { ok: true, data, walkthrough: decoded.walkthrough, lesson: built.lesson, plainCode: built.plainCode };
});
