// The share cards as images: a lesson's, a shared step's, and the site's own
// (catalog, sandbox). Each returns a 1200×630 PNG response from next/og.
import 'server-only';
import { ImageResponse } from 'next/og';
import { cardRuns, clip, countsLabel, drawableText, stepWindow } from '@/lib/embed/card';
import { previewLines, shownTags } from '@/lib/catalog';
import type { Course } from '@/lib/lessons';
import { cardLines, stepCode } from '@/lib/lessons/card-lines';
import type { Lesson } from '@/lib/lessons/types';
import { CardImage, type CardImageProps } from './CardImage';
import { cardFonts } from './fonts';
import { CARD_SIZE } from './palette';
import { SiteCardImage, type SiteCardImageProps } from './SiteCardImage';

/** Roughly how many characters of the 44 px bold title fit on one line of the card. */
const TITLE_LINE_CHARS = 46;
const titleLines = (title: string) => (title.length > TITLE_LINE_CHARS ? 2 : 1);

function common(lesson: Lesson): Pick<CardImageProps, 'language' | 'tags' | 'counts'> {
  const { meta } = lesson;
  return {
    language: drawableText(meta.languageLabel),
    tags: shownTags(meta).slice(0, 3).map((tag) => clip(drawableText(tag), 18)),
    counts: countsLabel(meta.lineCount, meta.stepCount),
  };
}

export function lessonCard(lesson: Lesson): CardImageProps {
  const title = clip(drawableText(lesson.meta.title), 2 * TITLE_LINE_CHARS);
  return {
    ...common(lesson),
    badge: { text: lesson.meta.level },
    title,
    lines: cardRuns(previewLines(lesson, titleLines(title) === 1 ? 8 : 6)),
  };
}

/** `index` is 0-based; null when the lesson has no such step. */
export function stepCard(lesson: Lesson, index: number): CardImageProps | null {
  const step = lesson.steps[index];
  if (!step) return null;
  const title = clip(drawableText(step.title), 2 * TITLE_LINE_CHARS);
  const base = common(lesson);
  return {
    ...base,
    // The pill says which step; the level moves beside the language.
    language: `${base.language} · ${lesson.meta.level}`,
    badge: { text: `Step ${index + 1} of ${lesson.steps.length}`, accent: true },
    title,
    subtitle: clip(drawableText(lesson.meta.title), 80),
    // The step's own file and version: a step in route.ts shows route.ts.
    lines: cardRuns(stepWindow(stepCode(lesson, step), step.lines, titleLines(title) === 1 ? 7 : 5)),
    lit: new Set(step.lines),
    numbers: true,
  };
}

/** A course's card: the lesson card's design, with the first lesson's code and the course's size. */
export function courseCard(course: Course, lessons: Lesson[]): CardImageProps {
  const title = clip(drawableText(course.title), 2 * TITLE_LINE_CHARS);
  const steps = lessons.reduce((sum, lesson) => sum + lesson.meta.stepCount, 0);
  const tags = [...new Set(lessons.flatMap((lesson) => lesson.meta.tags))].slice(0, 3);
  const first = lessons[0];
  return {
    language: `Course · ${[...new Set(lessons.map((l) => drawableText(l.meta.languageLabel)))].join(', ')}`,
    badge: { text: course.level },
    title,
    tags: tags.map((tag) => clip(drawableText(tag), 18)),
    counts: `${lessons.length} lesson${lessons.length === 1 ? '' : 's'} · ${steps} steps`,
    lines: first ? cardRuns(cardLines(first, titleLines(title) === 1 ? 8 : 6)) : [],
  };
}

export async function cardImage(props: CardImageProps): Promise<ImageResponse> {
  return new ImageResponse(<CardImage {...props} />, { ...CARD_SIZE, fonts: await cardFonts() });
}

export async function siteCardImage(props: SiteCardImageProps): Promise<ImageResponse> {
  return new ImageResponse(<SiteCardImage {...props} />, { ...CARD_SIZE, fonts: await cardFonts() });
}
