'use client';
// The live preview: the real player (components/walkthrough), given a Lesson
// built in the browser from the highlighter's answer and the draft's steps.
// A changed walkthrough is a new player (its key), opening at the step being edited.
import { Walkthrough } from '@/components/walkthrough';
import { languageLabel } from '@/lib/lessons/languages';
import type { CodeLine, CodeToken, Lesson, LessonStep } from '@/lib/lessons/types';
import { Markdown, wordCount } from '@/lib/studio/markdown';
import type { StudioWalkthrough } from '@/lib/studio/model';

export interface PreviewProps {
  walkthrough: StudioWalkthrough;
  /** The code's displayed lines (markers removed). */
  lines: string[];
  tokens: CodeToken[][] | null;
  /** Lines each step lights (empty when its spec lights none). */
  lit: number[][];
  active: number;
}

/** FNV-1a of the walkthrough: a new player whenever anything in it changes. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function Preview({ walkthrough, lines, tokens, lit, active }: PreviewProps) {
  const file = walkthrough.files[0]!;
  const steps: LessonStep[] = walkthrough.steps.map((step, index) => ({
    index,
    title: step.title || `Step ${index + 1}`,
    lines: lit[index] ?? [],
    words: wordCount(step.title, step.body),
    Body: function StepBody() {
      return <Markdown source={step.body} />;
    },
  }));
  const codeLines: CodeLine[] = lines.map((text, i) => ({
    number: i + 1,
    tokens: tokens?.[i] ?? [{ content: text }],
    steps: steps.filter((s) => s.lines.includes(i + 1)).map((s) => s.index),
  }));
  const lesson: Lesson = {
    meta: {
      slug: `preview-${hash(JSON.stringify([walkthrough, tokens ? 1 : 0, active]))}`,
      title: walkthrough.title || 'Untitled walkthrough',
      summary: '',
      language: file.language,
      languageLabel: languageLabel(file.language),
      level: 'Beginner',
      tags: [],
      takeaways: ['', '', ''],
      related: [],
      lineCount: codeLines.length,
      stepCount: steps.length,
    },
    file: 'studio',
    codeSource: file.name.trim() || 'inline',
    lines: codeLines,
    steps,
  };
  if (steps.length === 0 || codeLines.length === 0) {
    return <p>The preview appears here once there is code and a step.</p>;
  }
  return <Walkthrough lesson={lesson} keyScope="focus" initialStep={Math.max(0, active)} headingLevel={3} label="Preview of the walkthrough" />;
}
