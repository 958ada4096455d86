import type { MetadataRoute } from 'next';
import { getCourses, getLessonSlugs } from '@/lib/lessons';
import { coursePath, lessonPath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [slugs, courses] = await Promise.all([getLessonSlugs(), getCourses()]);
  return [
    { url: `${site.url}/`, changeFrequency: 'weekly', priority: 1 },
    { url: `${site.url}/sandbox`, changeFrequency: 'monthly', priority: 0.6 },
    ...courses.map((course) => ({ url: `${site.url}${coursePath(course.slug)}`, changeFrequency: 'monthly' as const, priority: 0.9 })),
    ...slugs.map((slug) => ({ url: `${site.url}${lessonPath(slug)}`, changeFrequency: 'monthly' as const, priority: 0.8 })),
  ];
}
