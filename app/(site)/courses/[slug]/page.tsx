import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoursePage } from '@/components/course/CoursePage';
import { getCourse, getCourses, getLesson } from '@/lib/lessons';
import type { Lesson } from '@/lib/lessons/types';
import { coursePath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';

// Every course is built ahead of time; an unknown slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCourses()).map((course) => ({ slug: course.slug }));
}

export async function generateMetadata({ params }: PageProps<'/courses/[slug]'>): Promise<Metadata> {
  const course = await getCourse((await params).slug);
  if (!course) return {};
  const path = coursePath(course.slug);
  return {
    title: course.title,
    description: course.summary,
    alternates: { canonical: path },
    openGraph: { type: 'website', title: course.title, description: course.summary, url: path, siteName: site.name },
    twitter: { card: 'summary_large_image' },
  };
}

export default async function CourseRoute({ params }: PageProps<'/courses/[slug]'>) {
  const course = await getCourse((await params).slug);
  if (!course) notFound();
  const lessons = (await Promise.all(course.lessons.map((slug) => getLesson(slug)))) as Lesson[];
  return <CoursePage course={course} lessons={lessons} />;
}
