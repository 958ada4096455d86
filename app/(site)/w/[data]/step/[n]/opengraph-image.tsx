import { sharedStepCardImage } from '@/components/studio/shared-card';
import { CARD_SIZE } from '@/components/share/og/palette';
import { readStepSegment } from '@/lib/embed/step-link';
import { loadShared } from '@/lib/studio/shared';

// A shared walkthrough step's card, in the lesson step card's design, drawn from the link alone.
export const alt = "A shared walkthrough's step card: the step's lines of code lit, its title, the walkthrough's title, language and size";
export const size = CARD_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ data: string; n: string }> }) {
  const { data, n } = await params;
  const shared = await loadShared(data);
  if (!shared.ok) return new Response('Bad walkthrough link', { status: 400 });
  const step = readStepSegment(n, shared.lesson.steps.length);
  const card = step === null ? null : await sharedStepCardImage(shared.lesson, step);
  return card ?? new Response('Not found', { status: 404 });
}
