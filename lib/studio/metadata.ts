// A shared walkthrough's metadata: its own title and card, the oEmbed link,
// and no indexing (anyone can make one; search engines should not list them).
import 'server-only';
import type { Metadata } from 'next';
import { clip } from '@/lib/embed/card';
import { oembedHref } from '@/lib/embed/metadata';
import { STEP_PARAM } from '@/lib/lesson-urls';
import type { Lesson } from '@/lib/lessons/types';
import { site } from '@/lib/site';
import { sharedPath } from './shared';

/** `step`: the shared step (0-based), for a `?step=N` link: its title and URL, as lesson step links have. */
export function sharedMetadata(lesson: Lesson, data: string, step?: number): Metadata {
  const path = sharedPath(data);
  const stepTitle = step === undefined ? undefined : lesson.steps[step]?.title;
  // The step link is what people shared, so it is the card's URL; the walkthrough stays canonical.
  const shared = step === undefined ? path : `${path}?${STEP_PARAM}=${step + 1}`;
  const title = clip(stepTitle === undefined ? lesson.meta.title : `Step ${step! + 1}: ${stepTitle} — ${lesson.meta.title}`, 70);
  const description = lesson.meta.summary;
  return {
    title,
    description,
    alternates: { canonical: path, types: { 'application/json+oembed': oembedHref(`${site.url}${shared}`) } },
    openGraph: { type: 'article', title, description, url: shared, siteName: site.name },
    // No twitter:image: X reads og:image, and each copy of the card's URL is the whole link again.
    twitter: { card: 'summary_large_image', images: [] },
    robots: { index: false, follow: false },
  };
}

export const BAD_LINK_METADATA: Metadata = { title: 'This walkthrough link cannot be read', robots: { index: false, follow: false } };
