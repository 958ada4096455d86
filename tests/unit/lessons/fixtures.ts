// Small lesson files for tests: a valid frontmatter to start from, and a temp
// repository with a content/ folder so the real loader runs end to end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { createLessonLibrary, type LessonLibrary } from '@/lib/lessons/load';

export const validFrontmatter = {
  title: 'A fixture lesson',
  summary: 'Only used by tests.',
  language: 'typescript',
  level: 'Beginner',
  tags: ['testing'],
  takeaways: ['One.', 'Two.', 'Three.'],
  related: [] as string[],
};

/** The code used when a test does not care: numbered lines, easy to point at. */
export const sampleCode = Array.from({ length: 12 }, (_, i) => `const line${i + 1} = ${i + 1};`).join('\n');

export function lessonSource({
  front = {},
  body,
}: {
  front?: Record<string, unknown>;
  body?: string;
} = {}): string {
  const data = Object.fromEntries(Object.entries({ ...validFrontmatter, ...front }).filter(([, v]) => v !== undefined));
  const content =
    body ?? ['```ts', sampleCode, '```', '', '<Step title="First" lines="1-2">', 'Why the first lines matter.', '</Step>'].join('\n');
  return `---\n${stringify(data)}---\n\n${content}\n`;
}

export interface TempRepo {
  root: string;
  library: LessonLibrary;
  write(relative: string, text: string): string;
  cleanup(): void;
}

/** A throwaway repository: `files` maps repo-relative paths to their text. */
export function tempRepo(files: Record<string, string>): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'stepwise-lessons-'));
  const write = (relative: string, text: string) => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  for (const [relative, text] of Object.entries(files)) write(relative, text);
  mkdirSync(path.join(root, 'content'), { recursive: true });
  const library = createLessonLibrary({ root, dirs: [path.join(root, 'content')] });
  return { root, library, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Loads `content/x.mdx` built from `source` and returns the error message it fails with. */
export async function failureOf(source: string, extra: Record<string, string> = {}): Promise<{ code: string; message: string }> {
  const repo = tempRepo({ 'content/x.mdx': source, ...extra });
  try {
    await repo.library.getLesson('x');
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    repo.cleanup();
  }
  throw new Error('expected the lesson to fail, but it loaded');
}
