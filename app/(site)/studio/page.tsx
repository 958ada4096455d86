import type { Metadata } from 'next';
import { PageIntro } from '@/components/site/PageIntro';
import { Studio } from '@/components/studio/Studio';

export const metadata: Metadata = {
  title: 'Studio',
  description: 'Explain your own code: paste it, pick lines, write the steps, preview the player and share a link.',
  alternates: { canonical: '/studio' },
};

export default function StudioPage() {
  return (
    <PageIntro
      eyebrow="Studio"
      title="Explain your own code"
      lead="Paste it, select lines, write a step for each, watch the player, and share a link that carries the whole walkthrough."
    >
      <Studio />
    </PageIntro>
  );
}
