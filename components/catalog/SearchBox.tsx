'use client';
// The catalog's search: a plain GET form (`/?q=backoff`, the filters kept in
// hidden fields) that works without JavaScript; with it, the cards narrow as
// the reader types, by the same rule the server uses (lib/catalog matchesQuery).
import { useRef, type ChangeEvent } from 'react';
import { FILTER_KEYS, matchesQuery, type Filters } from '@/lib/catalog';
import styles from './Catalog.module.css';

export function SearchBox({ filters }: { filters: Filters }) {
  const form = useRef<HTMLFormElement>(null);

  const narrow = (event: ChangeEvent<HTMLInputElement>) => {
    const root = form.current?.closest('[data-catalog]');
    if (!root) return;
    const q = event.currentTarget.value.trim().toLowerCase().replace(/\s+/g, ' ');
    const cards = root.querySelectorAll<HTMLElement>('[data-search]');
    let shown = 0;
    for (const card of cards) {
      card.hidden = !matchesQuery(card.dataset.search ?? '', q);
      if (!card.hidden) shown++;
    }
    const status = root.querySelector<HTMLElement>('[data-catalog-status]');
    const total = Number(status?.dataset.total ?? cards.length);
    if (status) status.textContent = shown === total ? `${total} explainers` : `${shown} of ${total} explainers`;
    const empty = root.querySelector<HTMLElement>('[data-catalog-empty]');
    if (empty) empty.hidden = shown > 0;
    // The address keeps the search, so a reload or a shared link shows the same cards.
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };

  return (
    <form ref={form} role="search" action="/" method="get" className={styles.search}>
      <label htmlFor="catalog-q" className={styles.searchLabel}>
        Search explainers
      </label>
      <div className={styles.searchRow}>
        <input
          id="catalog-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder="Titles, topics, steps…"
          maxLength={100}
          autoComplete="off"
          className={styles.searchInput}
          onChange={narrow}
        />
        {FILTER_KEYS.map((key) => (filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null))}
        <button type="submit" className={styles.searchButton}>
          Search
        </button>
      </div>
    </form>
  );
}
