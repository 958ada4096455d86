'use client';
// Forgets this browser's reading progress. Always in the layout, shown only
// when something is saved, so its arrival moves nothing.
import { forgetProgress, useAnyProgress } from './reading-progress';
import styles from './Catalog.module.css';

export function ClearProgress() {
  const any = useAnyProgress();
  return (
    <button type="button" className={styles.clearProgress} onClick={forgetProgress} data-shown={any ? '' : undefined} aria-hidden={!any} tabIndex={any ? 0 : -1}>
      Clear reading progress
    </button>
  );
}
