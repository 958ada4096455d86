import Link from 'next/link';
import { site } from '@/lib/site';
import styles from './SiteFooter.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        {site.name} — {site.tagline}
      </p>
      <nav aria-label="Footer">
        <Link href="/" prefetch={false}>
          Explainers
        </Link>
        <Link href="/sandbox" prefetch={false}>
          Sandbox
        </Link>
        <a href="/feed.xml">Feed</a>
      </nav>
    </footer>
  );
}
