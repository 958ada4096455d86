import Link from 'next/link';
import { applyFilters, catalogEntry, matchesQuery, type Filters as FilterState } from '@/lib/catalog';
import type { Lesson } from '@/lib/lessons/types';
import { CardGrid } from './CardGrid';
import { ClearProgress } from './ClearProgress';
import { Filters } from './Filters';
import { SearchBox } from './SearchBox';
import styles from './Catalog.module.css';

const countText = (shown: number, total: number) => (shown === total ? `${total} explainers` : `${shown} of ${total} explainers`);

/**
 * The catalog: search, filters, then the lessons. Everything works as plain
 * GET links and a form; with JavaScript the search narrows the cards as the
 * reader types. Cards the filters allow but the search does not are rendered
 * hidden, so typing can bring them back without a request.
 */
export function Catalog({ lessons, filters }: { lessons: Lesson[]; filters: FilterState }) {
  const entries = lessons.map(catalogEntry);
  const filtered = applyFilters(entries, { ...filters, q: undefined });
  const shown = filtered.filter((entry) => matchesQuery(entry.text, filters.q));
  const bySlug = new Map(lessons.map((lesson) => [lesson.meta.slug, lesson]));
  return (
    <div className={styles.catalog} data-catalog="">
      <SearchBox filters={filters} />
      {shown.length > 0 ? <Filters entries={entries} filters={filters} /> : null}
      <div className={styles.statusRow}>
        <p className={styles.status} role="status" data-catalog-status="" data-total={lessons.length}>
          {countText(shown.length, lessons.length)}
        </p>
        <ClearProgress />
      </div>
      <CardGrid
        lessons={filtered.map((entry) => bySlug.get(entry.meta.slug)!)}
        search={Object.fromEntries(filtered.map((entry) => [entry.meta.slug, entry.text]))}
        hidden={new Set(filtered.filter((entry) => !shown.includes(entry)).map((entry) => entry.meta.slug))}
      />
      <div className={styles.empty} data-catalog-empty="" hidden={shown.length > 0}>
        <p>No explainers match {filters.q ? `“${filters.q}”` : 'these filters'}.</p>
        <Link href="/">Show all explainers</Link>
      </div>
    </div>
  );
}
