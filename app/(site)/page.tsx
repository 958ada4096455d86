import { Catalog } from '@/components/catalog/Catalog';
import { CourseList } from '@/components/course/CourseList';
import { PageIntro } from '@/components/site/PageIntro';
import { readFilters } from '@/lib/catalog';
import { getAllLessons, getCourses } from '@/lib/lessons';
import { site } from '@/lib/site';

export default async function CatalogPage({ searchParams }: PageProps<'/'>) {
  const [lessons, courses, filters] = await Promise.all([getAllLessons(), getCourses(), searchParams.then(readFilters)]);
  return (
    <PageIntro eyebrow="Explainers" title={site.tagline} lead="Real code, walked through line by line. Step with the arrow keys, press Space to play, or click any line to see why it is there.">
      <CourseList courses={courses} lessons={lessons} />
      <Catalog lessons={lessons} filters={filters} />
    </PageIntro>
  );
}
