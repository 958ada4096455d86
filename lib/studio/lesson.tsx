// A shared walkthrough as a `Lesson`, built in memory for one request with the
// lessons' own parts: region markers and lines specs (lib/lessons), the shared
// Shiki highlighter, and the player. Bodies are Markdown rendered without raw
// HTML (./markdown), never MDX: MDX runs code, and this text came from a URL.
import 'server-only';
import { highlight } from '@/lib/lessons/highlight';
import { languageLabel } from '@/lib/lessons/languages';
import type { CodeLine, Lesson, LessonStep } from '@/lib/lessons/types';
import { displayed, litLines } from './lines-spec';
import { Markdown, wordCount } from './markdown';
import type { StudioWalkthrough } from './model';
import { sharedProblems } from './validate';

export type Built = { ok: true; lesson: Lesson } | { ok: false; reasons: string[] };

/** What the share card and oEmbed call a walkthrough with no title of its own. */
export const UNTITLED = 'Untitled walkthrough';

/** `slug` names the player (a new one for each walkthrough): a short hash of the data. */
export async function walkthroughLesson(walkthrough: StudioWalkthrough, slug: string): Promise<Built> {
  const reasons = sharedProblems(walkthrough);
  if (reasons.length) return { ok: false, reasons };
  const file = walkthrough.files[0]!;
  const code = displayed(file.code);
  if (!code.ok) return { ok: false, reasons: [code.message] };
  const tokens = await highlight(code.code.lines, file.language);
  const steps: LessonStep[] = walkthrough.steps.map((step, index) => {
    const lit = litLines(step.lines, code.code);
    const body = step.body;
    return {
      index,
      title: step.title,
      lines: lit.ok ? lit.lines : [],
      words: wordCount(step.title, body),
      Body: function StepBody() {
        return <Markdown source={body} />;
      },
    };
  });
  const lines: CodeLine[] = tokens.map((lineTokens, i) => ({
    number: i + 1,
    tokens: lineTokens,
    steps: steps.filter((step) => step.lines.includes(i + 1)).map((step) => step.index),
  }));
  const title = walkthrough.title.trim() || UNTITLED;
  const label = languageLabel(file.language);
  return {
    ok: true,
    lesson: {
      meta: {
        slug,
        title,
        summary: `A ${label} walkthrough in ${steps.length} ${steps.length === 1 ? 'step' : 'steps'}, made in the Stepwise studio.`,
        language: file.language,
        languageLabel: label,
        level: 'Beginner',
        tags: [],
        takeaways: ['', '', ''],
        related: [],
        lineCount: lines.length,
        stepCount: steps.length,
      },
      file: 'shared',
      codeSource: file.name.trim() || 'inline',
      lines,
      steps,
    },
  };
}
