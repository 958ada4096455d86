// "Open an existing lesson in the studio": a built lesson as a studio
// walkthrough. Each version of a file becomes a file of its own (the studio
// has no versions), steps light the same lines by number, and their text is
// the lesson's own source (MDX, which the studio shows as Markdown).
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getAllLessons, getLesson } from '@/lib/lessons';
import { parseLesson } from '@/lib/lessons/parse';
import { readDetails, type ExportDetails } from './export-details';
import type { LessonChoice } from './lesson-choice';
import { specFromLines } from './lines-spec';
import type { StudioFile, StudioWalkthrough } from './model';

export async function lessonChoices(): Promise<LessonChoice[]> {
  return (await getAllLessons()).map((lesson) => ({ slug: lesson.meta.slug, title: lesson.meta.title }));
}

/** The lesson as a walkthrough, or null for an unknown slug. */
export async function lessonWalkthrough(slug: string): Promise<StudioWalkthrough | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return null;
  const lesson = await getLesson(slug).catch(() => null);
  if (!lesson) return null;
  // `lesson.file` is one of the lesson folders lib/lessons reads (content/ or the bench's): no need to trace the project.
  const parsed = parseLesson(await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), lesson.file), 'utf8'));
  const files: StudioFile[] = [];
  const at = new Map<string, number>();
  lesson.files.forEach((file, f) =>
    file.versions.forEach((version, v) => {
      at.set(`${f}:${v}`, files.length);
      files.push({
        name: file.versions.length > 1 ? `${file.name}@${version.label}` : file.name,
        language: file.language,
        code: version.lines.map((line) => line.tokens.map((t) => t.content).join('')).join('\n'),
      });
    }),
  );
  return {
    title: lesson.meta.title,
    files,
    steps: lesson.steps.map((step, i) => ({
      title: step.title,
      lines: specFromLines(step.lines),
      body: parsed.steps[i]?.body ?? '',
      file: at.get(`${step.file}:${step.version}`) ?? 0,
    })),
  };
}

/** The lesson's summary, level, tags and takeaways, so an export keeps them; null for an unknown slug. */
export async function lessonDetails(slug: string): Promise<ExportDetails | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return null;
  const lesson = await getLesson(slug).catch(() => null);
  if (!lesson) return null;
  const { summary, level, tags, takeaways } = lesson.meta;
  return readDetails({ summary, level, tags, takeaways });
}
