// A shared walkthrough's metadata: its own title and card, the oEmbed link,
// and no indexing (anyone can make one; search engines should not list them).
import 'server-only';
import type { Metadata } from 'next';
import { clip } from '@/lib/embed/card';
import { oembedHref } from '@/lib/embed/metadata';
import type { Lesson } from '@/lib/lessons/types';
import { site } from '@/lib/site';
import { sharedPath } from './shared';

export function sharedMetadata(lesson: Lesson, data: string): Metadata {
  const path = sharedPath(data);
  const title = clip(lesson.meta.title, 70);
  const description = lesson.meta.summary;
  return {
    title,
    description,
    alternates: { canonical: path, types: { 'application/json+oembed': oembedHref(`${site.url}${path}`) } },
    openGraph: { type: 'article', title, description, url: path, siteName: site.name },
    twitter: { card: 'summary_large_image' },
    robots: { index: false, follow: false },
  };
}

export const BAD_LINK_METADATA: Metadata = { title: 'This walkthrough link cannot be read', robots: { index: false, follow: false } };
