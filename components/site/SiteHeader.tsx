import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';
import styles from './SiteHeader.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} prefetch={false}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <rect x="3" y="14" width="5" height="7" rx="1.5" fill="currentColor" opacity="0.45" />
            <rect x="9.5" y="9" width="5" height="12" rx="1.5" fill="currentColor" opacity="0.7" />
            <rect x="16" y="3" width="5" height="18" rx="1.5" fill="currentColor" />
          </svg>
          <span className={styles.name}>Stepwise</span>
        </Link>
        {/* No prefetch: on every page these links are in view, and rarely the next step. */}
        <nav aria-label="Main" className={styles.nav}>
          <Link href="/" prefetch={false}>
            Explainers
          </Link>
          <Link href="/sandbox" prefetch={false}>
            Sandbox
          </Link>
          <Link href="/studio" prefetch={false}>
            Studio
          </Link>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
