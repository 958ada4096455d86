import Link from 'next/link';
import { facets, filterHref, FILTER_KEYS, type CatalogEntry, type FacetOption, type FilterKey, type Filters as FilterState } from '@/lib/catalog';
import styles from './Filters.module.css';

function Chip({ filters, name, option }: { filters: FilterState; name: FilterKey; option: FacetOption }) {
  const active = filters[name] === option.value;
  return (
    <li>
      {/* A chosen chip links back to "any": each link leads to at least one lesson. */}
      <Link href={filterHref(filters, name, active ? undefined : option.value)} aria-current={active ? 'true' : undefined} className={styles.chip}>
        {option.label} <span className={styles.count}>{option.count}</span>
        {active ? (
          <span aria-hidden="true" className={styles.remove}>
            ×
          </span>
        ) : null}
      </Link>
    </li>
  );
}

/**
 * Filters are plain links: they work without JavaScript and every state has a
 * URL. Level and language share one row; topics fold away. Counts follow the
 * other filters and the search, and a choice that would show nothing is not offered.
 */
export function Filters({ entries, filters }: { entries: CatalogEntry[]; filters: FilterState }) {
  const levels = facets(entries, 'level', filters);
  const languages = facets(entries, 'language', filters);
  const tags = facets(entries, 'tag', filters);
  const any = FILTER_KEYS.some((key) => filters[key]);
  return (
    <nav aria-label="Filter explainers" className={styles.filters}>
      <ul className={styles.options} aria-label="Level and language">
        {levels.map((option) => (
          <Chip key={option.value} filters={filters} name="level" option={option} />
        ))}
        {languages.length > 1 || filters.language
          ? languages.map((option) => <Chip key={option.value} filters={filters} name="language" option={option} />)
          : null}
        {any ? (
          <li>
            <Link href={filterHref({ q: filters.q }, 'q', filters.q)} className={styles.clear}>
              Clear filters
            </Link>
          </li>
        ) : null}
      </ul>
      {tags.length > 0 ? (
        <details className={styles.topics} open={Boolean(filters.tag)}>
          <summary>
            Topics <span className={styles.count}>{tags.length}</span>
          </summary>
          <ul className={styles.options} aria-label="Topics">
            {tags.map((option) => (
              <Chip key={option.value} filters={filters} name="tag" option={option} />
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
