import { utimesSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { getLessonSlugs, getLesson } from '@/lib/lessons';
import { createLessonLibrary } from '@/lib/lessons/load';
import { previewLines } from '@/lib/catalog';
import { lessonSource, tempRepo, type TempRepo } from './fixtures';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** Rewrites a file with an mtime that is certainly different from before. */
function edit(file: string, text: string, secondsAhead: number) {
  repo.write(file, text);
  const when = new Date(Date.now() + secondsAhead * 1000);
  utimesSync(path.join(repo.root, file), when, when);
}

describe('the lesson library', () => {
  test('lists slugs, answers null for an unknown one, sorts lessons by title', async () => {
    repo = tempRepo({
      'content/b-lesson.mdx': lessonSource({ front: { title: 'Alpha' } }),
      'content/a-lesson.mdx': lessonSource({ front: { title: 'Beta' } }),
    });
    expect(await repo.library.getLessonSlugs()).toEqual(['a-lesson', 'b-lesson']);
    expect(await repo.library.getLesson('missing')).toBeNull();
    expect((await repo.library.getAllLessons()).map((l) => l.meta.title)).toEqual(['Alpha', 'Beta']);
  });

  test('a preview spec becomes the lines cards show, and stays out of the metadata', async () => {
    repo = tempRepo({ 'content/x.mdx': lessonSource({ front: { preview: '/line9/, 10-11' } }) });
    const lesson = await repo.library.getLesson('x');
    expect(lesson?.preview).toEqual([9, 10, 11]);
    expect(lesson?.meta).not.toHaveProperty('preview');
    expect(previewLines(lesson!, 8).map((line) => line.number)).toEqual([9, 10, 11]);
  });

  test('builds the loaded shape: meta, numbered lines with their steps, steps with words', async () => {
    repo = tempRepo({ 'content/x.mdx': lessonSource() });
    const lesson = await repo.library.getLesson('x');
    expect(lesson?.file).toBe('content/x.mdx');
    expect(lesson?.codeSource).toBe('inline');
    expect(lesson?.meta).toMatchObject({ slug: 'x', languageLabel: 'TypeScript', lineCount: 12, stepCount: 1 });
    expect(lesson?.lines.slice(0, 3).map((l) => [l.number, l.steps])).toEqual([
      [1, [0]],
      [2, [0]],
      [3, []],
    ]);
    expect(lesson?.steps[0]).toMatchObject({ index: 0, title: 'First', lines: [1, 2], words: 6 });
  });

  test('keeps a built lesson until its file changes, then rebuilds it', async () => {
    repo = tempRepo({ 'content/x.mdx': lessonSource({ front: { title: 'Before' } }) });
    const first = await repo.library.getLesson('x');
    expect(await repo.library.getLesson('x')).toBe(first);
    edit('content/x.mdx', lessonSource({ front: { title: 'After' } }), 5);
    expect((await repo.library.getLesson('x'))?.meta.title).toBe('After');
  });

  test('rebuilds when an imported code file changes', async () => {
    const body = '<Code src="src/a.ts" />\n\n<Step title="Only" lines="/answer/">\nWhy.\n</Step>';
    repo = tempRepo({ 'content/x.mdx': lessonSource({ body }), 'src/a.ts': 'const answer = 1;\n' });
    expect((await repo.library.getLesson('x'))?.meta.lineCount).toBe(1);
    edit('src/a.ts', 'const a = 0;\nconst answer = 2;\n', 5);
    const rebuilt = await repo.library.getLesson('x');
    expect(rebuilt?.meta.lineCount).toBe(2);
    expect(rebuilt?.steps[0]?.lines).toEqual([2]);
  });

  test('an error stays until the file is fixed (what the dev server shows)', async () => {
    repo = tempRepo({ 'content/x.mdx': lessonSource({ front: { level: 'Expert' } }) });
    await expect(repo.library.getLesson('x')).rejects.toThrow(/^content\/x\.mdx: level: /);
    await expect(repo.library.getLesson('x')).rejects.toThrow(/^content\/x\.mdx: level: /);
    edit('content/x.mdx', lessonSource(), 5);
    expect((await repo.library.getLesson('x'))?.meta.level).toBe('Beginner');
  });

  test('a slug in two directories is an error', async () => {
    repo = tempRepo({ 'content/x.mdx': lessonSource(), 'more/x.mdx': lessonSource() });
    const library = createLessonLibrary({ root: repo.root, dirs: [path.join(repo.root, 'content'), path.join(repo.root, 'more')] });
    await expect(library.getLessonSlugs()).rejects.toThrow('more/x.mdx: slug "x" is also used by content/x.mdx');
  });

  test('a file name that is not a slug is an error', async () => {
    repo = tempRepo({ 'content/My Lesson.mdx': lessonSource() });
    await expect(repo.library.getLessonSlugs()).rejects.toThrow(/^content\/My Lesson\.mdx: the file name must be a lowercase slug/);
  });
});

describe('STEPWISE_EXTRA_CONTENT', () => {
  test('adds a directory of lessons to content/ (the benchmark adds fixtures this way)', async () => {
    repo = tempRepo({ 'fixtures/bench-fixture.mdx': lessonSource({ front: { title: 'Bench fixture' } }) });
    process.env.STEPWISE_EXTRA_CONTENT = path.join(repo.root, 'fixtures');
    try {
      expect(await getLessonSlugs()).toContain('bench-fixture');
      const lesson = await getLesson('bench-fixture');
      expect(lesson?.meta.title).toBe('Bench fixture');
      expect(lesson?.file).toBe(path.join(repo.root, 'fixtures/bench-fixture.mdx'));
    } finally {
      delete process.env.STEPWISE_EXTRA_CONTENT;
    }
    expect(await getLessonSlugs()).not.toContain('bench-fixture');
  });
});
