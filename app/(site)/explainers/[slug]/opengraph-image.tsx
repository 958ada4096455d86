import { cardImage, lessonCard } from '@/components/share/og/cards';
import { CARD_SIZE } from '@/components/share/og/palette';
import { getLesson } from '@/lib/lessons';

// The lesson card, drawn on first request and then served from Next's cache:
// no lesson pays for its card at build time.
export const alt = 'The lesson card: language, level, the first lines of its code, title, tags, and its size in lines and steps';
export const size = CARD_SIZE;
export const contentType = 'image/png';
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return new Response('Not found', { status: 404 });
  return cardImage(lessonCard(lesson));
}
