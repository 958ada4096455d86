import { Catalog } from '@/components/catalog/Catalog';
import { PageIntro } from '@/components/site/PageIntro';
import { readFilters } from '@/lib/catalog';
import { getAllLessons } from '@/lib/lessons';
import { site } from '@/lib/site';

export default async function CatalogPage({ searchParams }: PageProps<'/'>) {
  const [lessons, filters] = await Promise.all([getAllLessons(), searchParams.then(readFilters)]);
  return (
    <PageIntro eyebrow="Explainers" title={site.tagline} lead="Real code, walked through line by line. Step with the arrow keys, press Space to play, or click any line to see why it is there.">
      <Catalog lessons={lessons} filters={filters} />
    </PageIntro>
  );
}
