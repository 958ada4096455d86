// Lessons built by hand for the player's tests: no MDX, no Shiki.
import type { CodeLine, Lesson, LessonStep } from '@/lib/lessons/types';

export interface StepSpec {
  title: string;
  lines: number[];
  words?: number;
}

export function makeLesson({
  slug = 'fixture',
  title = 'A fixture lesson',
  lineCount = 12,
  steps,
}: {
  slug?: string;
  title?: string;
  lineCount?: number;
  steps: StepSpec[];
}): Lesson {
  const lessonSteps: LessonStep[] = steps.map((spec, index) => ({
    index,
    title: spec.title,
    file: 0,
    version: 0,
    lines: spec.lines,
    words: spec.words ?? 20,
    Body: function Body() {
      return <p>Why step {index + 1} matters.</p>;
    },
  }));
  const lines: CodeLine[] = Array.from({ length: lineCount }, (_, i) => ({
    number: i + 1,
    tokens: [
      { content: 'const', style: '--shiki-light:#cf222e;--shiki-dark:#ff7b72' },
      { content: ` line${i + 1} = ${i + 1};` },
    ],
    steps: lessonSteps.filter((s) => s.lines.includes(i + 1)).map((s) => s.index),
  }));
  return {
    meta: {
      slug,
      title,
      summary: 'A lesson made for tests.',
      language: 'typescript',
      languageLabel: 'TypeScript',
      level: 'Beginner',
      tags: ['test'],
      takeaways: ['one', 'two', 'three'],
      related: [],
      lineCount,
      stepCount: steps.length,
    },
    file: `content/${slug}.mdx`,
    files: [{ name: 'TypeScript', language: 'typescript', versions: [{ label: '1', source: 'inline', lines }], rows: [] }],
    codeSource: 'inline',
    lines,
    steps: lessonSteps,
  };
}

/** Five steps over twelve lines; lines 11 and 12 belong to no step; line 4 to steps 2 and 4. */
export const fiveSteps = (slug = 'fixture', title = 'A fixture lesson') =>
  makeLesson({
    slug,
    title,
    steps: [
      { title: 'Declare the inputs', lines: [1, 2] },
      { title: 'Check the input', lines: [3, 4, 5] },
      { title: 'Sign the token', lines: [6, 7] },
      { title: 'Set the cookie', lines: [4, 8] },
      { title: 'Answer the request', lines: [9, 10], words: 60 },
    ],
  });
