import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedPage } from '@/components/studio/SharedPage';
import { SharedProblem } from '@/components/studio/SharedProblem';
import { readStepSegment } from '@/lib/embed/step-link';
import { BAD_LINK_METADATA, sharedMetadata } from '@/lib/studio/metadata';
import { renderAgainSoon } from '@/lib/studio/render-again';
import { loadShared, PAGE_RENDER } from '@/lib/studio/shared';

// A shared walkthrough's step link, `/w/<data>?step=N`, arrives here through
// the proxy (as lesson step links do): the same page, opened at step N, whose
// card shows that step. The proxy answers a bad link with status 400. Rendered
// on its first visit and cached, as the walkthrough's page is.

export function generateStaticParams(): { data: string; n: string }[] {
  return [];
}

/** As the walkthrough's page: kept, unless its code came back plain. */
export const revalidate = false;

async function load(params: PageProps<'/w/[data]/step/[n]'>['params']) {
  const { data, n } = await params;
  const shared = await loadShared(data, PAGE_RENDER);
  const step = shared.ok ? readStepSegment(n, shared.lesson.steps.length) : null;
  return { shared, step };
}

export async function generateMetadata({ params }: PageProps<'/w/[data]/step/[n]'>): Promise<Metadata> {
  const { shared, step } = await load(params);
  if (!shared.ok) return BAD_LINK_METADATA;
  return step === null ? {} : sharedMetadata(shared.lesson, shared.data, step);
}

export default async function SharedStepPage({ params }: PageProps<'/w/[data]/step/[n]'>) {
  const { shared, step } = await load(params);
  if (!shared.ok) return <SharedProblem reasons={shared.reasons} />;
  if (step === null) notFound();
  if (shared.plainCode) await renderAgainSoon();
  return <SharedPage lesson={shared.lesson} data={shared.data} initialStep={step} />;
}
