// A shared walkthrough's cards: the lesson card, with "Shared" where the level
// goes, and the lesson step card for a shared step, "Shared" beside the language.
import 'server-only';
import { cardImage, lessonCard, stepCard } from '@/components/share/og/cards';
import { drawableText } from '@/lib/embed/card';
import type { Lesson } from '@/lib/lessons/types';

export function sharedCardImage(lesson: Lesson) {
  return cardImage({ ...lessonCard(lesson), badge: { text: 'Shared' } });
}

/** `index` is 0-based; null when the walkthrough has no such step. */
export function sharedStepCardImage(lesson: Lesson, index: number) {
  const card = stepCard(lesson, index);
  return card ? cardImage({ ...card, language: `${drawableText(lesson.meta.languageLabel)} · Shared` }) : null;
}
