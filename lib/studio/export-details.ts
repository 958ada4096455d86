// What a lesson file needs beyond the walkthrough: summary, level, tags and
// three takeaways, set by the author for the `.mdx` export. A blank field is
// left for the exporter's first draft; anything the author wrote is checked
// against the lesson rules (lib/lessons/schema.ts and the content checks), in
// words, so the file passes the validator as written.
import { z } from 'zod';
import { isTag, TAGS, type Tag } from '@/lib/lessons/tags';
import { LEVELS, type Level } from '@/lib/lessons/types';
import type { StudioWalkthrough } from './model';

export interface ExportDetails {
  summary: string;
  level: Level;
  tags: Tag[];
  takeaways: [string, string, string];
}

/** The lesson format's limits (lib/lessons/schema.ts, lib/lessons/tags.ts). */
export const DETAIL_LIMITS = { title: 100, summary: 200, tags: 8 } as const;

export const TAG_NAMES = Object.keys(TAGS) as Tag[];

export function emptyDetails(): ExportDetails {
  return { summary: '', level: 'Beginner', tags: [], takeaways: ['', '', ''] };
}

/** A draft's details as stored in this browser: anything unreadable falls back to empty. */
const storedSchema = z.object({
  summary: z.string(),
  level: z.enum(LEVELS),
  tags: z.array(z.string()),
  takeaways: z.tuple([z.string(), z.string(), z.string()]),
});

export function readDetails(value: unknown): ExportDetails {
  const parsed = storedSchema.safeParse(value);
  if (!parsed.success) return emptyDetails();
  return { ...parsed.data, tags: parsed.data.tags.filter(isTag).slice(0, DETAIL_LIMITS.tags) };
}

export type DetailField = 'title' | 'summary' | 'tags' | `takeaway-${0 | 1 | 2}`;

/** A takeaway reads as a sentence (the content checks' rule): a capital (or code) first, a full stop last. */
const SENTENCE = /^[A-Z`].*[.!]$/s;

/** What stops the export reading as the author meant, by field; empty when it is ready. */
export function detailProblems(walkthrough: StudioWalkthrough, details: ExportDetails): Partial<Record<DetailField, string>> {
  const found: Partial<Record<DetailField, string>> = {};
  const title = walkthrough.title.trim();
  if (title.length > DETAIL_LIMITS.title) found.title = `A lesson title may be at most ${DETAIL_LIMITS.title} characters; this one has ${title.length}.`;
  const summary = details.summary.trim();
  if (summary.length > DETAIL_LIMITS.summary) found.summary = `At most ${DETAIL_LIMITS.summary} characters; this has ${summary.length}.`;
  if (details.tags.length > DETAIL_LIMITS.tags) found.tags = `At most ${DETAIL_LIMITS.tags} tags; ${details.tags.length} are picked.`;
  const written = details.takeaways.map((t) => t.trim());
  if (written.some(Boolean)) {
    written.forEach((text, i) => {
      const field = `takeaway-${i as 0 | 1 | 2}` as const;
      if (!text) found[field] = 'A lesson has exactly three takeaways: write this one too, or clear all three.';
      else if (!SENTENCE.test(text)) found[field] = 'Write it as a sentence: a capital letter first, a full stop at the end.';
    });
  }
  return found;
}

/** The details the exporter should use: blanks left out, so it drafts them. */
export function filledDetails(details: ExportDetails) {
  const takeaways = details.takeaways.map((t) => t.trim());
  return {
    ...(details.summary.trim() ? { summary: details.summary.trim() } : {}),
    level: details.level,
    ...(details.tags.length ? { tags: details.tags } : {}),
    ...(takeaways.every(Boolean) ? { takeaways: takeaways as [string, string, string] } : {}),
  };
}
