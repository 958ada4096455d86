import { cardImage, courseCard } from '@/components/share/og/cards';
import { CARD_SIZE } from '@/components/share/og/palette';
import { getCourse, getLesson } from '@/lib/lessons';
import type { Lesson } from '@/lib/lessons/types';

// The course card, in the lesson cards' design; drawn on first request, then cached.
export const alt = 'The course card: its level, the first lines of its first lesson, its title, and how many lessons and steps it has';
export const size = CARD_SIZE;
export const contentType = 'image/png';
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const course = await getCourse((await params).slug);
  if (!course) return new Response('Not found', { status: 404 });
  const lessons = (await Promise.all(course.lessons.map((slug) => getLesson(slug)))) as Lesson[];
  return cardImage(courseCard(course, lessons));
}
