'use client';
// The live preview: the real player (components/walkthrough), given a Lesson
// assembled in the browser from the highlighter's answer and the draft's steps.
// A changed walkthrough is a new player (its key), opening at the step being edited.
import { Walkthrough } from '@/components/walkthrough';
import type { CodeToken } from '@/lib/lessons/types';
import { assembleLesson } from '@/lib/studio/assemble';
import type { StudioWalkthrough } from '@/lib/studio/model';

export interface PreviewProps {
  walkthrough: StudioWalkthrough;
  /** The code's displayed lines (markers removed), per file. */
  lines: string[][];
  tokens: (CodeToken[][] | null)[];
  /** Lines each step lights (empty when its spec lights none). */
  lit: number[][];
  active: number;
}

/** FNV-1a: a new player whenever anything in the walkthrough changes. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function Preview({ walkthrough, lines, tokens, lit, active }: PreviewProps) {
  if (walkthrough.steps.length === 0 || !lines.some((l) => l.length > 0)) {
    return <p>The preview appears here once there is code and a step.</p>;
  }
  const slug = `preview-${hash(JSON.stringify([walkthrough, tokens.map((t) => (t ? 1 : 0)), active]))}`;
  const lesson = assembleLesson({ walkthrough, slug, lines, tokens, lit });
  return <Walkthrough lesson={lesson} keyScope="focus" initialStep={Math.max(0, active)} headingLevel={3} label="Preview of the walkthrough" />;
}
