import type { MetadataRoute } from 'next';
import { getLessonSlugs } from '@/lib/lessons';
import { lessonPath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const slugs = await getLessonSlugs();
  return [
    { url: `${site.url}/`, changeFrequency: 'weekly', priority: 1 },
    { url: `${site.url}/sandbox`, changeFrequency: 'monthly', priority: 0.6 },
    ...slugs.map((slug) => ({ url: `${site.url}${lessonPath(slug)}`, changeFrequency: 'monthly' as const, priority: 0.8 })),
  ];
}
