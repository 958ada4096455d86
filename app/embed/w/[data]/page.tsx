import type { Metadata } from 'next';
import { SharedEmbed } from '@/components/studio/SharedEmbed';
import { SharedProblem } from '@/components/studio/SharedProblem';
import { loadShared, sharedPath } from '@/lib/studio/shared';

// The shared walkthrough's embed: the same parameters and messages as /embed/<slug>.
export async function generateMetadata({ params }: PageProps<'/embed/w/[data]'>): Promise<Metadata> {
  const shared = await loadShared((await params).data);
  if (!shared.ok) return { robots: { index: false, follow: false } };
  return { title: shared.lesson.meta.title, alternates: { canonical: sharedPath(shared.data) }, robots: { index: false, follow: false } };
}

export default async function SharedEmbedPage({ params }: PageProps<'/embed/w/[data]'>) {
  const shared = await loadShared((await params).data);
  if (!shared.ok) return <SharedProblem reasons={shared.reasons} />;
  return <SharedEmbed lesson={shared.lesson} data={shared.data} />;
}
