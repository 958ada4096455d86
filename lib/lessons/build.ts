// One lesson, source text to `Lesson`, as a chain of small named steps:
// parse → validate frontmatter → files and versions → place steps → light lines
// → highlight each version → compile → what changed between versions.
// Every failure becomes a LessonError naming the file (and the step).
import { compileStepBody, countWords, unknownComponents } from './compile';
import { LessonError, type StepRef } from './errors';
import { declareFiles, placeName, placeSteps, type DeclaredFile, type StepPlace } from './files';
import { highlight } from './highlight';
import { languageLabel } from './languages';
import { parseLines } from './line-spec';
import { parseLesson } from './parse';
import { validateFrontmatter } from './schema';
import type { CodeFile, CodeLine, CodeRow, CodeToken, Lesson, LessonStep } from './types';
import { versionChange, versionRows } from './versions';

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
  const { files, ofBlock } = inFile(file, () => declareFiles(parsed.code, front.language, root));
  const places = inFile(file, () => placeSteps(parsed.steps, files, ofBlock));
  // Name the file in line messages only when there is more than one thing it could be.
  const several = files.length > 1 || files.some((f) => f.versions.length > 1);
  const lit = parsed.steps.map((step, index) =>
    inFile(
      file,
      () => {
        checkComponents(step.components);
        const place = places[index] as StepPlace;
        const code = versionOf(files, place).code;
        return parseLines(step.lines, code, several ? placeName(files, place) : undefined);
      },
      { index, title: step.title },
    ),
  );
  const [tokens, bodies] = await Promise.all([
    Promise.all(files.map((f) => Promise.all(f.versions.map((v) => highlight(v.code.lines, f.language))))),
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
    ...(places[index] as StepPlace),
    lines: lit[index] as number[],
    words: countWords(step.title, step.text),
    Body: bodies[index] as LessonStep['Body'],
  }));
  const codeFiles = files.map((f, i) => codeFile(f, i, tokens[i] as CodeToken[][][], steps));
  const first = (codeFiles[0] as CodeFile).versions[0] as CodeFile['versions'][number];
  // `preview` belongs to the lesson (its lines), not to the metadata the catalog lists.
  const { takeaways, sandbox, preview: previewSpec, ...rest } = front;
  const preview = previewSpec === undefined ? undefined : inFile(file, () => resolvePreview(previewSpec, files));
  const meta = {
    slug,
    ...rest,
    languageLabel: languageLabel(front.language),
    takeaways: takeaways as [string, string, string],
    ...(sandbox ? { sandbox } : {}),
    lineCount: codeFiles.reduce((sum, f) => sum + (f.versions.at(-1)?.lines.length ?? 0), 0),
    stepCount: steps.length,
  };
  const dependencies = [...new Set(files.flatMap((f) => f.versions.flatMap((v) => (v.code.dependency ? [v.code.dependency] : []))))];
  return {
    lesson: { meta, file, files: codeFiles, codeSource: first.source, lines: first.lines, steps, ...(preview ? { preview } : {}) },
    dependencies,
  };
}

/** `preview:` is a lines spec over the first file's first version; its errors say it is the preview's. */
function resolvePreview(spec: string, files: DeclaredFile[]): number[] {
  const start: StepPlace = { file: 0, version: 0 };
  const several = files.length > 1 || (files[0]?.versions.length ?? 0) > 1;
  try {
    return parseLines(spec, versionOf(files, start).code, several ? placeName(files, start) : undefined);
  } catch (error) {
    if (error instanceof LessonError) throw new LessonError(error.code, `preview: ${error.reason}`);
    throw error;
  }
}

function versionOf(files: DeclaredFile[], place: StepPlace) {
  return (files[place.file] as DeclaredFile).versions[place.version] as DeclaredFile['versions'][number];
}

/** A file as the page shows it: each version's highlighted lines, what changed, and the rows the player moves between. */
function codeFile(file: DeclaredFile, index: number, tokens: CodeToken[][][], steps: LessonStep[]): CodeFile {
  const texts = file.versions.map((v) => v.code.lines);
  const versions = file.versions.map((version, v) => {
    const lines: CodeLine[] = (tokens[v] as CodeToken[][]).map((lineTokens, i) => ({
      number: i + 1,
      tokens: lineTokens,
      steps: steps.filter((s) => s.file === index && s.version === v && s.lines.includes(i + 1)).map((s) => s.index),
    }));
    const change = v > 0 ? { change: versionChange(texts[v - 1] as string[], texts[v] as string[]) } : {};
    return { label: version.label, source: version.code.origin, lines, ...change };
  });
  const rows: CodeRow[] = versionRows(texts).map(({ origin, at }) => ({
    tokens: versions[origin]?.lines[(at[origin] as number) - 1]?.tokens ?? [],
    at,
    steps: [...new Set(at.flatMap((line, v) => (line ? (versions[v]?.lines[line - 1]?.steps ?? []) : [])))].sort((a, b) => a - b),
  }));
  return { name: file.name, language: file.language, versions, rows };
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
