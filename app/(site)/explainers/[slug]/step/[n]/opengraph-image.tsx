import { cardImage, stepCard } from '@/components/share/og/cards';
import { CARD_SIZE } from '@/components/share/og/palette';
import { readStepSegment } from '@/lib/embed/step-link';
import { getLesson } from '@/lib/lessons';

// A shared step's card: that step's lines, lit, and its title. Drawn on first request, then cached.
export const alt = "A lesson's step card: the step's lines of code lit, its title, the lesson's title, language, tags and size";
export const size = CARD_SIZE;
export const contentType = 'image/png';
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const lesson = await getLesson(slug);
  const step = lesson ? readStepSegment(n, lesson.steps.length) : null;
  const card = lesson && step !== null ? stepCard(lesson, step) : null;
  if (!card) return new Response('Not found', { status: 404 });
  return cardImage(card);
}
