import type { Metadata } from 'next';
import { SharedPage } from '@/components/studio/SharedPage';
import { SharedProblem } from '@/components/studio/SharedProblem';
import { BAD_LINK_METADATA, sharedMetadata } from '@/lib/studio/metadata';
import { renderAgainSoon } from '@/lib/studio/render-again';
import { loadShared, PAGE_RENDER } from '@/lib/studio/shared';

// A walkthrough carried whole in the URL; proxy.ts answers a bad link with status 400
// and sends `?step=N` to the step page. Nothing here reads the request, so a
// link is rendered on its first visit and later visits are served from Next's
// cache, as fast as a lesson (next.config.mjs keeps that cache in memory, bounded).

/** None at build time: every link is rendered on its first visit. */
export function generateStaticParams(): { data: string }[] {
  return [];
}

/** Kept until the cache needs the room: a link's page never changes (one with plain code is redone: lib/studio/render-again). */
export const revalidate = false;

export async function generateMetadata({ params }: PageProps<'/w/[data]'>): Promise<Metadata> {
  const shared = await loadShared((await params).data, PAGE_RENDER);
  return shared.ok ? sharedMetadata(shared.lesson, shared.data) : BAD_LINK_METADATA;
}

export default async function SharedWalkthroughPage({ params }: PageProps<'/w/[data]'>) {
  const shared = await loadShared((await params).data, PAGE_RENDER);
  if (!shared.ok) return <SharedProblem reasons={shared.reasons} />;
  if (shared.plainCode) await renderAgainSoon();
  return <SharedPage lesson={shared.lesson} data={shared.data} />;
}
