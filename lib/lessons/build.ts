// One lesson, source text to `Lesson`, as a chain of small named steps:
// parse → validate frontmatter → resolve code → light lines → highlight → compile.
// Every failure becomes a LessonError naming the file (and the step).
import { compileStepBody, countWords, unknownComponents } from './compile';
import { LessonError, type StepRef } from './errors';
import { highlight } from './highlight';
import { languageLabel, toLanguageId } from './languages';
import { parseLines } from './lines';
import { parseLesson, type ParsedLesson } from './parse';
import { resolveCode, type ResolvedCode } from './resolve';
import { validateFrontmatter, type Frontmatter } from './schema';
import type { CodeLine, Lesson, LessonStep } from './types';

export interface BuildInput {
  slug: string;
  /** How messages name the file: `content/x.mdx`. */
  file: string;
  source: string;
  /** Repository root: `<Code src>` resolves against it. */
  root: string;
}

export interface Built {
  lesson: Lesson;
  /** Absolute paths of files the lesson was made from besides its own (imported code). */
  dependencies: string[];
}

export async function buildLesson({ slug, file, source, root }: BuildInput): Promise<Built> {
  const parsed = inFile(file, () => parseLesson(source));
  const front = inFile(file, () => validateFrontmatter(parsed.data));
  const code = inFile(file, () => resolveLessonCode(parsed, front, root));
  const lit = parsed.steps.map((step, index) =>
    inFile(
      file,
      () => {
        checkComponents(step.components);
        return parseLines(step.lines, code);
      },
      { index, title: step.title },
    ),
  );
  const [tokens, bodies] = await Promise.all([
    highlight(code.lines, front.language),
    Promise.all(
      parsed.steps.map((step, index) =>
        compileStepBody(step.body, step.bodyLine).catch((error: unknown) => {
          throw placed(error, file, { index, title: step.title });
        }),
      ),
    ),
  ]);
  const steps: LessonStep[] = parsed.steps.map((step, index) => ({
    index,
    title: step.title,
    lines: lit[index] as number[],
    words: countWords(step.title, step.text),
    Body: bodies[index] as LessonStep['Body'],
  }));
  const lines: CodeLine[] = tokens.map((lineTokens, i) => ({
    number: i + 1,
    tokens: lineTokens,
    steps: steps.filter((step) => step.lines.includes(i + 1)).map((step) => step.index),
  }));
  const { takeaways, sandbox, ...rest } = front;
  const meta = {
    slug,
    ...rest,
    languageLabel: languageLabel(front.language),
    takeaways: takeaways as [string, string, string],
    ...(sandbox ? { sandbox } : {}),
    lineCount: lines.length,
    stepCount: steps.length,
  };
  return { lesson: { meta, file, codeSource: code.origin, lines, steps }, dependencies: code.dependency ? [code.dependency] : [] };
}

function resolveLessonCode(parsed: ParsedLesson, front: Frontmatter, root: string): ResolvedCode {
  if (parsed.code.kind === 'inline' && parsed.code.lang) {
    const fence = toLanguageId(parsed.code.lang);
    if (fence !== front.language) {
      throw new LessonError(
        'language-mismatch',
        `the code block is marked \`${parsed.code.lang}\` but language is ${front.language}`,
      );
    }
  }
  const code = resolveCode(parsed.code, root);
  if (code.lines.every((line) => !line.trim())) throw new LessonError('no-code', 'the code is empty');
  return code;
}

/** A component the map lacks would only fail when the page renders: fail the build instead. */
function checkComponents(names: string[]): void {
  const unknown = unknownComponents(names);
  if (unknown.length) {
    const list = unknown.map((name) => `<${name}>`).join(', ');
    throw new LessonError('unknown-component', `${list} is not a component lessons know (see mdx-components.tsx)`);
  }
}

function inFile<T>(file: string, work: () => T, step?: StepRef): T {
  try {
    return work();
  } catch (error) {
    throw placed(error, file, step);
  }
}

function placed(error: unknown, file: string, step?: StepRef): unknown {
  return error instanceof LessonError ? error.in(file, step) : error;
}
