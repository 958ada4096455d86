// A studio walkthrough as a `Lesson` (lib/lessons/types), from its displayed
// lines and their tokens: the shape the player, the cards and oEmbed read.
// Pure, so the shared page (tokens from Shiki on the server) and the studio's
// preview (tokens from /api/highlight) build it the same way. Studio files
// have one version each.
import { languageLabel } from '@/lib/lessons/languages';
import type { CodeFile, CodeLine, CodeToken, Lesson, LessonStep } from '@/lib/lessons/types';
import { Markdown, wordCount } from './markdown';
import type { StudioWalkthrough } from './model';

export const UNTITLED = 'Untitled walkthrough';

export interface AssembleInput {
  walkthrough: StudioWalkthrough;
  slug: string;
  /** Per file: its displayed lines (region markers removed). */
  lines: string[][];
  /** Per file: tokens per line, or null to show plain text. */
  tokens: (CodeToken[][] | null)[];
  /** Per step: the lines it lights (empty when its spec lights none). */
  lit: number[][];
}

export function assembleLesson({ walkthrough, slug, lines, tokens, lit }: AssembleInput): Lesson {
  const steps: LessonStep[] = walkthrough.steps.map((step, index) => ({
    index,
    title: step.title.trim() || `Step ${index + 1}`,
    file: step.file,
    version: 0,
    lines: lit[index] ?? [],
    words: wordCount(step.title, step.body),
    Body: function StepBody() {
      return <Markdown source={step.body} />;
    },
  }));
  const files: CodeFile[] = walkthrough.files.map((file, f) => {
    const codeLines: CodeLine[] = (lines[f] ?? []).map((text, i) => ({
      number: i + 1,
      tokens: tokens[f]?.[i] ?? [{ content: text }],
      steps: steps.filter((s) => s.file === f && s.lines.includes(i + 1)).map((s) => s.index),
    }));
    return {
      name: file.name.trim() || languageLabel(file.language),
      language: file.language,
      versions: [{ label: '1', source: 'inline', lines: codeLines }],
      rows: codeLines.map((line) => ({ tokens: line.tokens, at: [line.number], steps: line.steps })),
    };
  });
  const first = files[0]!;
  const label = languageLabel(first.language);
  const count = steps.length;
  return {
    meta: {
      slug,
      title: walkthrough.title.trim() || UNTITLED,
      summary: `A ${label} walkthrough in ${count} ${count === 1 ? 'step' : 'steps'}, made in the Stepwise studio.`,
      language: first.language,
      languageLabel: label,
      level: 'Beginner',
      tags: [],
      takeaways: ['', '', ''],
      related: [],
      lineCount: files.reduce((sum, f) => sum + (f.versions[0]?.lines.length ?? 0), 0),
      stepCount: count,
    },
    file: 'shared',
    files,
    // The player names a single inline file by its language; a named file goes by its name.
    codeSource: walkthrough.files[0]?.name.trim() || 'inline',
    lines: first.versions[0]!.lines,
    steps,
  };
}
