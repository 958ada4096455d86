// Opening an existing lesson in the studio: every lesson in content/ becomes
// a walkthrough the studio accepts, and exporting it again builds a lesson
// whose steps light the same code.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getAllLessons } from '@/lib/lessons';
import { buildLesson } from '@/lib/lessons/build';
import { exportMdx } from '@/lib/studio/export-mdx';
import { lessonWalkthrough } from '@/lib/studio/from-lesson';
import { walkthroughSchema } from '@/lib/studio/model';
import { problems } from '@/lib/studio/validate';

const root = path.resolve(import.meta.dirname, '../../..');
const text = (line: { tokens: { content: string }[] }) => line.tokens.map((t) => t.content).join('');

describe('a lesson, opened in the studio', () => {
  test('unknown or odd slugs open nothing', async () => {
    expect(await lessonWalkthrough('no-such-lesson')).toBeNull();
    expect(await lessonWalkthrough('../package')).toBeNull();
  });

  // Two lessons (one file; several files) keep the unit run light; the e2e test opens one in the browser.
  test('a lesson opens, validates, and exports to a lesson that lights the same lines', { timeout: 120_000 }, async () => {
    const all = await getAllLessons();
    const lessons = [all.find((l) => l.files.length === 1), all.find((l) => l.files.length > 1) ?? all.at(-1)].filter((l) => l !== undefined);
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      const walkthrough = (await lessonWalkthrough(lesson.meta.slug))!;
      expect(walkthrough.title).toBe(lesson.meta.title);
      expect(problems(walkthrough), lesson.meta.slug).toEqual([]);
      expect(walkthroughSchema.safeParse(walkthrough).success, lesson.meta.slug).toBe(true);
      const { lesson: again } = await buildLesson({ slug: lesson.meta.slug, file: `content/${lesson.meta.slug}.mdx`, source: exportMdx(walkthrough), root });
      expect(again.steps.map((s) => s.title)).toEqual(lesson.steps.map((s) => s.title));
      again.steps.forEach((step, i) => {
        const before = lesson.steps[i]!;
        const litBefore = before.lines.map((n) => text(lesson.files[before.file]!.versions[before.version]!.lines[n - 1]!));
        const litAfter = step.lines.map((n) => text(again.files[step.file]!.versions[step.version]!.lines[n - 1]!));
        expect(litAfter, `${lesson.meta.slug} step ${i + 1}`).toEqual(litBefore);
      });
    }
  });
});
