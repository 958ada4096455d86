// A shared walkthrough's card: the lesson card, with "Shared" where the level goes.
import 'server-only';
import { cardImage, lessonCard } from '@/components/share/og/cards';
import type { Lesson } from '@/lib/lessons/types';

export function sharedCardImage(lesson: Lesson) {
  return cardImage({ ...lessonCard(lesson), badge: { text: 'Shared' } });
}
