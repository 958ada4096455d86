import Link from 'next/link';
import { applyFilters, type Filters as FilterState } from '@/lib/catalog';
import type { Lesson } from '@/lib/lessons/types';
import { Filters } from './Filters';
import { CardGrid } from './CardGrid';
import styles from './Catalog.module.css';

export function Catalog({ lessons, filters }: { lessons: Lesson[]; filters: FilterState }) {
  const metas = lessons.map((l) => l.meta);
  const shown = new Set(applyFilters(metas, filters).map((m) => m.slug));
  const visible = lessons.filter((l) => shown.has(l.meta.slug));
  return (
    <>
      <Filters lessons={metas} filters={filters} />
      <p className={styles.status} role="status">
        {visible.length === lessons.length
          ? `${lessons.length} explainers`
          : `${visible.length} of ${lessons.length} explainers`}
      </p>
      {visible.length > 0 ? (
        <CardGrid lessons={visible} />
      ) : (
        <div className={styles.empty}>
          <p>No explainers match these filters yet.</p>
          <Link href="/">Clear all filters</Link>
        </div>
      )}
    </>
  );
}
