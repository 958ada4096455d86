import { atomFeed } from '@/lib/feed';
import { getAllLessons, getCourses } from '@/lib/lessons';

// Built once at build time, like the pages it lists.
export const dynamic = 'force-static';

export async function GET() {
  const [lessons, courses] = await Promise.all([getAllLessons(), getCourses()]);
  return new Response(atomFeed(lessons.map((l) => l.meta), new Date(), courses), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
