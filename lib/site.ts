// Site-wide facts, in one place.
export const site = {
  name: 'Stepwise',
  tagline: 'Learn how code works, one step at a time.',
  description:
    'Interactive explainers that walk through real code one step at a time, and a live sandbox where you can watch JWT sessions being issued, verified and expiring.',
  /** Absolute origin for canonical URLs, feeds and embeds; set SITE_URL in production. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
} as const;

/** localStorage key holding the reader's chosen theme (`light` | `dark`); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'stepwise-theme';
