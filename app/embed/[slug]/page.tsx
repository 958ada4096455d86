import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPlayer } from '@/components/embed/EmbedPlayer';
import { lessonPath } from '@/lib/lesson-urls';
import { getLesson, getLessonSlugs } from '@/lib/lessons';

// One static page per lesson; `?autoplay`, `?step` and `?theme` are read in the browser.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getLessonSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/embed/[slug]'>): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return {};
  // The lesson page is the one to index; the embed points there.
  return {
    title: lesson.meta.title,
    description: lesson.meta.summary,
    alternates: { canonical: lessonPath(lesson.meta.slug) },
    robots: { index: false, follow: true },
  };
}

export default async function EmbedPage({ params }: PageProps<'/embed/[slug]'>) {
  const lesson = await getLesson((await params).slug);
  if (!lesson) notFound();
  return <EmbedPlayer lesson={lesson} />;
}
