import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonPage } from '@/components/lesson/LessonPage';
import { lessonMetadata } from '@/lib/embed/metadata';
import { getLesson, getLessonSlugs } from '@/lib/lessons';

// Every lesson is built ahead of time; an unknown slug is a 404, never a render.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getLessonSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/explainers/[slug]'>): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return {};
  return lessonMetadata(lesson.meta);
}

export default async function ExplainerPage({ params }: PageProps<'/explainers/[slug]'>) {
  const lesson = await getLesson((await params).slug);
  if (!lesson) notFound();
  return <LessonPage lesson={lesson} />;
}
