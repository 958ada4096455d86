// A lesson page's metadata for sharing: canonical URL, Open Graph, Twitter,
// and the oEmbed discovery link. The card image itself comes from the
// opengraph-image file next to the page (Next adds og:image with its size and alt).
import type { Metadata } from 'next';
import type { LessonMeta } from '@/lib/lessons/types';
import { lessonPath } from '@/lib/lesson-urls';
import { site } from '@/lib/site';
import { clip } from './card';

/** Open Graph titles past ~70 characters get cut by the sites that show them. */
const TITLE_MAX = 70;

export function oembedHref(pageUrl: string): string {
  return `${site.url}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/** `step`: the shared step (0-based index and title), for a `?step=N` link. */
export function lessonMetadata(meta: LessonMeta, step?: { index: number; title: string }): Metadata {
  const path = lessonPath(meta.slug);
  // The step link is what people shared, so it is the card's URL; the lesson stays canonical.
  const shared = lessonPath(meta.slug, step?.index);
  const title = step ? clip(`Step ${step.index + 1}: ${step.title} — ${meta.title}`, TITLE_MAX) : clip(meta.title, TITLE_MAX);
  const description = meta.summary;
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/json+oembed': oembedHref(`${site.url}${shared}`) },
    },
    openGraph: { type: 'article', title, description, url: shared, siteName: site.name },
    // Next fills twitter:title, description and image from the Open Graph ones.
    twitter: { card: 'summary_large_image' },
  };
}
