import { atomFeed } from '@/lib/feed';
import { getAllLessons } from '@/lib/lessons';

// Built once at build time, like the pages it lists.
export const dynamic = 'force-static';

export async function GET() {
  const lessons = await getAllLessons();
  return new Response(atomFeed(lessons.map((l) => l.meta), new Date()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
