import type { Metadata } from 'next';
import { PageIntro } from '@/components/site/PageIntro';
import { Studio } from '@/components/studio/Studio';
import { lessonChoices, lessonDetails, lessonWalkthrough } from '@/lib/studio/from-lesson';

export const metadata: Metadata = {
  title: 'Studio',
  description: 'Explain your own code: paste it, pick lines, write the steps, preview the player and share a link.',
  alternates: { canonical: '/studio' },
};

// `?lesson=<slug>` opens that lesson as a new draft.
export default async function StudioPage({ searchParams }: PageProps<'/studio'>) {
  const asked = (await searchParams).lesson;
  const walkthrough = typeof asked === 'string' ? await lessonWalkthrough(asked) : null;
  const details = walkthrough && typeof asked === 'string' ? await lessonDetails(asked) : null;
  return (
    <PageIntro
      eyebrow="Studio"
      title="Explain your own code"
      lead="Paste it, select lines, write a step for each, watch the player, and share a link that carries the whole walkthrough."
    >
      <Studio lessons={await lessonChoices()} seed={walkthrough ? { title: walkthrough.title, walkthrough, ...(details ? { details } : {}) } : undefined} />
    </PageIntro>
  );
}
