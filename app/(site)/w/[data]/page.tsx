import type { Metadata } from 'next';
import { SharedPage } from '@/components/studio/SharedPage';
import { SharedProblem } from '@/components/studio/SharedProblem';
import { readStepParam } from '@/lib/lesson-urls';
import { BAD_LINK_METADATA, sharedMetadata } from '@/lib/studio/metadata';
import { loadShared } from '@/lib/studio/shared';

// A walkthrough carried whole in the URL; proxy.ts answers a bad link with status 400.
export async function generateMetadata({ params }: PageProps<'/w/[data]'>): Promise<Metadata> {
  const shared = await loadShared((await params).data);
  return shared.ok ? sharedMetadata(shared.lesson, shared.data) : BAD_LINK_METADATA;
}

export default async function SharedWalkthroughPage({ params, searchParams }: PageProps<'/w/[data]'>) {
  const shared = await loadShared((await params).data);
  if (!shared.ok) return <SharedProblem reasons={shared.reasons} />;
  const step = (await searchParams).step;
  const initialStep = readStepParam(typeof step === 'string' ? `?step=${step}` : '', shared.lesson.steps.length) ?? 0;
  return <SharedPage lesson={shared.lesson} data={shared.data} initialStep={initialStep} />;
}
