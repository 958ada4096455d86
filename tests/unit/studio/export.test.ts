// The `.mdx` export builds as a lesson: the exported text goes through the
// same buildLesson the site uses for content/, unchanged.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLesson } from '@/lib/lessons/build';
import { detailProblems, emptyDetails, filledDetails, readDetails, type ExportDetails } from '@/lib/studio/export-details';
import { exportMdx, mdxBody, slugFor } from '@/lib/studio/export-mdx';
import type { StudioWalkthrough } from '@/lib/studio/model';
import { sample } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const build = (source: string) => buildLesson({ slug: 'exported', file: 'content/exported.mdx', source, root });

// Building a lesson compiles MDX and loads Shiki: slow on a busy machine.
describe('.mdx export', { timeout: 60_000 }, () => {
  test('a studio walkthrough exports to a lesson that builds, with the same code, steps and lines', async () => {
    const walkthrough = sample();
    const source = exportMdx(walkthrough);
    const { lesson } = await build(source);
    expect(lesson.meta.title).toBe('Retry once');
    expect(lesson.meta.language).toBe('typescript');
    expect(lesson.files.map((f) => f.name)).toEqual(['retry.ts']);
    expect(lesson.lines.map((l) => l.tokens.map((t) => t.content).join(''))).toEqual(walkthrough.files[0]!.code.split('\n'));
    expect(lesson.steps.map((s) => [s.title, s.lines])).toEqual([
      ['The signature', [1]],
      ['First try', [2, 3]],
      ['Second try', [4, 5]],
    ]);
    expect(lesson.meta.takeaways).toEqual(['The signature.', 'First try.', 'Second try.']);
  });

  test('hostile and awkward text still builds: braces, angle brackets, quotes, raw HTML, backticks in code', async () => {
    const walkthrough: StudioWalkthrough = {
      title: 'Quotes " and <tags> & {braces}',
      files: [{ name: 'my file?.py', language: 'python', code: 'x = {"a": 1}\n# ```not a fence```\n# #region core\ny = "<script>"\n# #endregion\n' }],
      steps: [
        { title: 'Step "one" {x}', lines: '1', body: 'Uses {braces}, a <b>tag</b>, <script>alert(1)</script> and `{code}`.', file: 0 },
        { title: 'Two', lines: '#core', body: '[bad](javascript:alert(1)) and [good](https://example.com) and ![img](x.png)', file: 0 },
        { title: 'Three', lines: '1-3', body: '', file: 0 },
      ],
    };
    const source = exportMdx(walkthrough);
    expect(source).not.toContain('javascript:');
    const { lesson } = await build(source);
    expect(lesson.meta.title).toBe('Quotes " and <tags> & {braces}');
    expect(lesson.steps[0]?.title).toBe('Step "one" {x}');
    expect(lesson.steps[1]?.lines).toEqual([3]);
    expect(lesson.lines).toHaveLength(3);
    expect(lesson.files[0]?.name).toBe('my-file-.py');
  });

  test('several files: each a <Code file>, steps say which file when it changes', async () => {
    const walkthrough: StudioWalkthrough = {
      title: 'Two files',
      files: [
        { name: 'a.ts', language: 'typescript', code: 'export const a = 1;\nexport const b = 2;' },
        { name: 'b.py', language: 'python', code: 'print(1)' },
      ],
      steps: [
        { title: 'A', lines: '1', body: 'First.', file: 0 },
        { title: 'B', lines: '2', body: 'Still a.', file: 0 },
        { title: 'C', lines: '1', body: 'Now b.', file: 1 },
      ],
    };
    const { lesson } = await build(exportMdx(walkthrough));
    expect(lesson.files.map((f) => [f.name, f.language])).toEqual([
      ['a.ts', 'typescript'],
      ['b.py', 'python'],
    ]);
    expect(lesson.steps.map((s) => s.file)).toEqual([0, 0, 1]);
  });

  test('mdxBody escapes what MDX would read as code or markup', () => {
    expect(mdxBody('a {b} <c> d')).toBe('a \\{b} \\<c> d');
    expect(mdxBody('`{ok}`')).toBe('`{ok}`');
  });

  test('slugFor makes a lesson slug from the title', () => {
    expect(slugFor('Retry with Backoff!')).toBe('retry-with-backoff');
    expect(slugFor('  ')).toBe('my-walkthrough');
    expect(slugFor('Ünïcode café')).toBe('unicode-cafe');
  });

  test("the author's summary, level, tags and takeaways go in as written, and the file builds", async () => {
    const details: ExportDetails = {
      summary: 'Run a promise-returning function again once when it fails.',
      level: 'Intermediate',
      tags: ['async', 'retries'],
      takeaways: ['Retry only work that is safe to repeat.', 'One retry hides a blip, not an outage.', 'The second failure reaches the caller.'],
    };
    expect(detailProblems(sample(), details)).toEqual({});
    const { lesson } = await build(exportMdx(sample(), filledDetails(details)));
    expect(lesson.meta).toMatchObject({ summary: details.summary, level: 'Intermediate', tags: ['async', 'retries'], takeaways: details.takeaways });
  });

  test('blank details are drafted, and the draft builds', async () => {
    expect(filledDetails(emptyDetails())).toEqual({ level: 'Beginner' });
    const { lesson } = await build(exportMdx(sample(), filledDetails({ ...emptyDetails(), takeaways: ['  ', '', ''] })));
    expect(lesson.meta.tags.length).toBeGreaterThan(0);
    expect(lesson.meta.takeaways).toHaveLength(3);
  });
});

describe('lesson details, checked as the validator would', () => {
  test('each problem names its field, in words', () => {
    const long = { ...sample(), title: 'T'.repeat(101) };
    const details: ExportDetails = {
      summary: 's'.repeat(201),
      level: 'Beginner',
      tags: ['async', 'caching', 'cli', 'concurrency', 'cookies', 'databases', 'forms', 'hmac', 'http'],
      takeaways: ['Fine.', '', 'no capital and no stop'],
    };
    expect(detailProblems(long, details)).toEqual({
      title: 'A lesson title may be at most 100 characters; this one has 101.',
      summary: 'At most 200 characters; this has 201.',
      tags: 'At most 8 tags; 9 are picked.',
      'takeaway-1': 'A lesson has exactly three takeaways: write this one too, or clear all three.',
      'takeaway-2': 'Write it as a sentence: a capital letter first, a full stop at the end.',
    });
    expect(detailProblems(sample(), emptyDetails())).toEqual({});
  });

  test('stored details are read back, and anything unreadable or off the vocabulary is dropped', () => {
    const details: ExportDetails = { summary: 'S.', level: 'Advanced', tags: ['jwt'], takeaways: ['A.', 'B.', 'C.'] };
    expect(readDetails(JSON.parse(JSON.stringify(details)))).toEqual(details);
    expect(readDetails({ ...details, tags: ['jwt', 'python', 'made-up'] }).tags).toEqual(['jwt']);
    expect(readDetails(undefined)).toEqual(emptyDetails());
    expect(readDetails({ summary: 1 })).toEqual(emptyDetails());
  });
});
