import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonPage } from '@/components/lesson/LessonPage';
import { lessonMetadata } from '@/lib/embed/metadata';
import { readStepSegment } from '@/lib/embed/step-link';
import { getLesson } from '@/lib/lessons';

// A shared step link, `/explainers/<slug>?step=N`, arrives here through the
// proxy: the same lesson page, opened at step N, whose card shows that step.
// Rendered on first visit and cached, so added lessons cost the build nothing.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/explainers/[slug]/step/[n]'>['params']) {
  const { slug, n } = await params;
  const lesson = await getLesson(slug);
  const step = lesson ? readStepSegment(n, lesson.steps.length) : null;
  return lesson && step !== null ? { lesson, step } : null;
}

export async function generateMetadata({ params }: PageProps<'/explainers/[slug]/step/[n]'>): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { lesson, step } = found;
  return lessonMetadata(lesson.meta, { index: step, title: lesson.steps[step]?.title ?? '' });
}

export default async function SharedStepPage({ params }: PageProps<'/explainers/[slug]/step/[n]'>) {
  const found = await load(params);
  if (!found) notFound();
  return <LessonPage lesson={found.lesson} initialStep={found.step} />;
}
