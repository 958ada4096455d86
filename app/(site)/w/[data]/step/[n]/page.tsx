import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedPage } from '@/components/studio/SharedPage';
import { SharedProblem } from '@/components/studio/SharedProblem';
import { readStepSegment } from '@/lib/embed/step-link';
import { BAD_LINK_METADATA, sharedMetadata } from '@/lib/studio/metadata';
import { loadShared } from '@/lib/studio/shared';

// A shared walkthrough's step link, `/w/<data>?step=N`, arrives here through
// the proxy (as lesson step links do): the same page, opened at step N, whose
// card shows that step. The proxy answers a bad link with status 400.

async function load(params: PageProps<'/w/[data]/step/[n]'>['params']) {
  const { data, n } = await params;
  const shared = await loadShared(data);
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
  return <SharedPage lesson={shared.lesson} data={shared.data} initialStep={step} />;
}
