// Lessons over several files, and files with versions, through the real loader:
// what each step lights, and every mistake named with file, step and reason.
import { describe, expect, test } from 'vitest';
import { failureOf, lessonSource, tempRepo } from './fixtures';

const route = ['// #region post', 'export async function POST() {', '  return login();', '}', '// #endregion', ''].join('\n');
const lib = ['export function login() {', '  return sign();', '}', 'export function sign() {', '  return "token";', '}', ''].join('\n');
const files = { 'src/route.ts': route, 'src/lib.ts': lib };

const step = (title: string, attrs: string, text = 'Why these lines are here.') => `<Step title="${title}" ${attrs}>\n${text}\n</Step>\n`;
const code = (name: string, lines: string[], version?: string) =>
  `<Code file="${name}"${version ? ` version="${version}"` : ''}>\n\`\`\`ts\n${lines.join('\n')}\n\`\`\`\n</Code>\n`;

/** The file line (frontmatter included) where `text` first appears in the lesson built from `body`. */
const lineOf = (body: string, text: string) => lessonSource({ body }).split('\n').findIndex((l) => l.includes(text)) + 1;

async function load(body: string, extra: Record<string, string> = files) {
  const repo = tempRepo({ 'content/x.mdx': lessonSource({ body }), ...extra });
  try {
    return await repo.library.getLesson('x');
  } finally {
    repo.cleanup();
  }
}

describe('several files', () => {
  const body = [
    '<Code src="src/route.ts" />',
    '<Code src="src/lib.ts" />',
    step('The handler', 'lines="#post"'),
    step('Into the library', 'file="lib.ts" lines="/function login/"'),
    step('Still the library', 'lines="4-6"'),
    step('Back to the handler', 'file="route.ts" lines="2"'),
  ].join('\n');

  test('each file shows under its own name; a step lights its file, or the previous step’s', async () => {
    const lesson = await load(body);
    expect(lesson?.files.map((f) => [f.name, f.versions[0]?.source])).toEqual([
      ['route.ts', 'src/route.ts'],
      ['lib.ts', 'src/lib.ts'],
    ]);
    expect(lesson?.steps.map((s) => [s.file, s.version, s.lines])).toEqual([
      [0, 0, [1, 2, 3]],
      [1, 0, [1]],
      [1, 0, [4, 5, 6]],
      [0, 0, [2]],
    ]);
    // A line knows the steps that light it in its own file only.
    expect(lesson?.files[1]?.versions[0]?.lines[0]?.steps).toEqual([1]);
    expect(lesson?.files[0]?.versions[0]?.lines[1]?.steps).toEqual([0, 3]);
    expect(lesson?.meta.lineCount).toBe(3 + 6);
  });

  test('a step naming a file the lesson does not have', async () => {
    const bad = body.replace('file="lib.ts"', 'file="library.ts"');
    expect(await failureOf(lessonSource({ body: bad }), files)).toEqual({
      code: 'unknown-file',
      message: 'content/x.mdx: step 2 "Into the library": no file "library.ts" in this lesson (files: "route.ts", "lib.ts")',
    });
  });

  test('a region the step’s file does not have names that file', async () => {
    const bad = body.replace('lines="/function login/"', 'lines="#post"');
    expect(await failureOf(lessonSource({ body: bad }), files)).toEqual({
      code: 'unknown-region',
      message: 'content/x.mdx: step 2 "Into the library": no region "#post" in lib.ts (the code has no regions)',
    });
  });

  test('lines past the end of the step’s file', async () => {
    const bad = body.replace('lines="4-6"', 'lines="4-9"');
    expect(await failureOf(lessonSource({ body: bad }), files)).toEqual({
      code: 'lines-past-end',
      message: 'content/x.mdx: step 3 "Still the library": lines 4-9 run past the end of lib.ts (6 lines)',
    });
  });

  test('a pattern that matches nothing in the step’s file', async () => {
    const bad = body.replace('lines="2"', 'lines="/sign/"');
    expect(await failureOf(lessonSource({ body: bad }), files)).toEqual({
      code: 'regex-no-match',
      message: 'content/x.mdx: step 4 "Back to the handler": /sign/ matches no line in route.ts',
    });
  });

  test('two imports with the same file name need their own names', async () => {
    const bad = `<Code src="src/lib.ts" />\n<Code src="other/lib.ts" />\n${step('A', 'lines="1"')}`;
    const { code, message } = await failureOf(lessonSource({ body: bad }), { ...files, 'other/lib.ts': lib });
    expect(code).toBe('two-code-sources');
    expect(message).toBe(
      `content/x.mdx: line ${lineOf(bad, 'other/lib.ts')}: a second code block named "lib.ts" (the first is at line ${lineOf(bad, 'src/lib.ts')}): ` +
        'give it its own file="…", or make it the next version with version="…"',
    );
  });

  test('a fenced file in another language keeps it; a named fence is a file too', async () => {
    const lesson = await load(
      `<Code src="src/route.ts" />\n<Code file="schema.sql">\n\`\`\`sql\nselect 1;\n\`\`\`\n</Code>\n${step('A', 'lines="1"')}${step('B', 'file="schema.sql" lines="1"')}`,
    );
    expect(lesson?.files.map((f) => [f.name, f.language])).toEqual([
      ['route.ts', 'typescript'],
      ['schema.sql', 'sql'],
    ]);
  });

  test('a file name that is not usable', async () => {
    const bad = `<Code file="a<b>.ts" src="src/lib.ts" />\n${step('A', 'lines="1"')}`;
    expect((await failureOf(lessonSource({ body: bad }), files)).message).toBe(
      `content/x.mdx: line ${lineOf(bad, '<Code')}: <Code>: "a<b>.ts" is not a usable name (letters, digits, . _ - / @ +, at most 60)`,
    );
  });

  test('<Code> with both src and a fence inside', async () => {
    const bad = `<Code file="a.ts" src="src/lib.ts">\n\`\`\`ts\nx\n\`\`\`\n</Code>\n${step('A', 'lines="1"')}`;
    expect((await failureOf(lessonSource({ body: bad }), files)).message).toBe(
      `content/x.mdx: line ${lineOf(bad, '<Code')}: <Code>: takes src or a fenced code block inside, not both`,
    );
  });

  test('an empty file among several', async () => {
    const bad = `${code('a.ts', ['x'])}\n<Code file="b.ts">\n\`\`\`ts\n\n\`\`\`\n</Code>\n${step('A', 'lines="1"')}`;
    expect(await failureOf(lessonSource({ body: bad }))).toEqual({
      code: 'no-code',
      message: `content/x.mdx: line ${lineOf(bad, 'file="b.ts"')}: b.ts is empty`,
    });
  });
});

describe('versions', () => {
  const v1 = ['const token = read();', 'return decode(token);'];
  const v2 = ['const token = read();', 'const claims = await verify(token);', 'return claims;'];
  const v3 = ['const token = read();', 'const claims = await verify(token, { algorithms: ["HS256"] });', 'return claims;'];
  const body = [
    code('handler.ts', v1),
    step('Trust it', 'lines="2"'),
    code('handler.ts', v2, 'verified'),
    step('Verify it', 'lines="2"'),
    step('Answer', 'lines="3"'),
    code('handler.ts', v3, 'pinned'),
    step('Pin the algorithm', 'lines="/algorithms/"'),
    step('Look back', 'version="1" lines="1-2"'),
  ].join('\n');

  test('a step lights the version declared last above it; version="…" picks another', async () => {
    const lesson = await load(body, {});
    const file = lesson?.files[0];
    expect(file?.versions.map((v) => [v.label, v.lines.length])).toEqual([
      ['1', 2],
      ['verified', 3],
      ['pinned', 3],
    ]);
    expect(lesson?.steps.map((s) => [s.version, s.lines])).toEqual([
      [0, [2]],
      [1, [2]],
      [1, [3]],
      [2, [2]],
      [0, [1, 2]],
    ]);
    expect(file?.versions[1]?.change).toEqual({ added: [2, 3], removed: [2], moved: [] });
    expect(file?.versions[2]?.change).toEqual({ added: [2], removed: [2], moved: [] });
    expect(file?.versions[0]?.change).toBeUndefined();
    // Rows: every line once; each knows its number in each version and the steps that light it.
    expect(file?.rows.map((r) => [r.at, r.steps])).toEqual([
      [[1, 1, 1], [4]],
      [[2, 0, 0], [0, 4]],
      [[0, 2, 0], [1]],
      [[0, 0, 2], [3]],
      [[0, 3, 3], [2]],
    ]);
    expect(file?.rows[3]?.tokens.map((t) => t.content).join('')).toBe(v3[1]);
  });

  test('a step naming a version that does not exist', async () => {
    const bad = body.replace('version="1"', 'version="trusting"');
    expect(await failureOf(lessonSource({ body: bad }))).toEqual({
      code: 'unknown-version',
      message: 'content/x.mdx: step 5 "Look back": handler.ts has no version "trusting" (versions: "1", "verified", "pinned")',
    });
  });

  test('a version number past the last', async () => {
    const bad = body.replace('version="1"', 'version="4"');
    expect((await failureOf(lessonSource({ body: bad }))).code).toBe('unknown-version');
  });

  test('lines past the end of that version', async () => {
    const bad = body.replace('<Step title="Answer" lines="3">', '<Step title="Answer" lines="3-4">');
    expect(await failureOf(lessonSource({ body: bad }))).toEqual({
      code: 'lines-past-end',
      message: 'content/x.mdx: step 3 "Answer": lines 3-4 run past the end of handler.ts version "verified" (3 lines)',
    });
  });

  test('a pattern only a later version has', async () => {
    const bad = body.replace('<Step title="Answer" lines="3">', '<Step title="Answer" lines="/algorithms/">');
    expect((await failureOf(lessonSource({ body: bad }))).message).toBe(
      'content/x.mdx: step 3 "Answer": /algorithms/ matches no line in handler.ts version "verified"',
    );
  });

  test('a second block of one file without version="…"', async () => {
    const bad = body.replace(' version="verified"', '');
    expect((await failureOf(lessonSource({ body: bad }))).code).toBe('two-code-sources');
  });

  test('two versions with one name', async () => {
    const bad = body.replace('version="pinned"', 'version="verified"');
    expect(await failureOf(lessonSource({ body: bad }))).toEqual({
      code: 'duplicate-version',
      message: `content/x.mdx: line ${lessonSource({ body: bad }).split('\n').findLastIndex((l) => l.includes('version="verified"')) + 1}: handler.ts already has a version "verified"`,
    });
  });

  test('a version in another language than its file', async () => {
    const bad = body.replace(/```ts\nconst token = read\(\);\nconst claims = await verify\(token\);/, '```python\nconst token = read();\nconst claims = await verify(token);');
    expect(await failureOf(lessonSource({ body: bad }))).toEqual({
      code: 'language-mismatch',
      message: 'content/x.mdx: the code block is marked `python` but handler.ts is typescript',
    });
  });

  test('an empty version attribute on a step', async () => {
    const bad = body.replace('version="1"', 'version=""');
    expect((await failureOf(lessonSource({ body: bad }))).message).toBe(
      'content/x.mdx: step 5 "Look back": version="" is empty (name a version or leave the attribute out)',
    );
  });
});
