// Every way a lesson can be wrong, through the real loader: each message names
// the file, the step when there is one, and the reason.
import { describe, expect, test } from 'vitest';
import { failureOf, lessonSource, sampleCode, tempRepo } from './fixtures';

const fence = ['```ts', sampleCode, '```', ''].join('\n');
const step = (title: string, lines: string, text = 'Why these lines are here.') =>
  `<Step title="${title}" lines="${lines}">\n${text}\n</Step>\n`;

describe('frontmatter', () => {
  test('an unknown field', async () => {
    expect(await failureOf(lessonSource({ front: { takeaway: 'typo' } }))).toEqual({
      code: 'unknown-field',
      message:
        'content/x.mdx: unknown field "takeaway" (allowed: title, summary, language, level, tags, takeaways, related, sandbox, preview)',
    });
  });

  test('a missing field', async () => {
    expect(await failureOf(lessonSource({ front: { summary: undefined } }))).toEqual({
      code: 'missing-field',
      message: 'content/x.mdx: summary: missing (every lesson needs it)',
    });
  });

  test('two takeaways', async () => {
    expect(await failureOf(lessonSource({ front: { takeaways: ['One.', 'Two.'] } }))).toEqual({
      code: 'takeaways-count',
      message: 'content/x.mdx: takeaways: expected exactly 3, got 2',
    });
  });

  test('four takeaways', async () => {
    expect(await failureOf(lessonSource({ front: { takeaways: ['1', '2', '3', '4'] } }))).toEqual({
      code: 'takeaways-count',
      message: 'content/x.mdx: takeaways: expected exactly 3, got 4',
    });
  });

  test('a level that is not one of the three', async () => {
    expect(await failureOf(lessonSource({ front: { level: 'Expert' } }))).toEqual({
      code: 'invalid-field',
      message: 'content/x.mdx: level: expected one of Beginner, Intermediate, Advanced, got "Expert"',
    });
  });

  test('a sandbox scenario that sandbox/scenarios.ts does not have', async () => {
    const { code, message } = await failureOf(lessonSource({ front: { sandbox: 'login-flow' } }));
    expect(code).toBe('invalid-field');
    expect(message).toMatch(/^content\/x\.mdx: sandbox: no scenario "login-flow" in sandbox\/scenarios\.ts \(known: tour, login, /);
  });

  test('a sandbox scenario that exists is kept on the lesson', async () => {
    const repo = tempRepo({ 'content/x.mdx': lessonSource({ front: { sandbox: 'token-expiry' } }) });
    try {
      expect((await repo.library.getLesson('x'))?.meta.sandbox).toBe('token-expiry');
    } finally {
      repo.cleanup();
    }
  });

  test('a language we do not highlight', async () => {
    const { code, message } = await failureOf(lessonSource({ front: { language: 'cobol' } }));
    expect(code).toBe('unknown-language');
    expect(message).toMatch(/^content\/x\.mdx: language: "cobol" is not one we highlight \(one of: typescript, /);
  });

  test('several problems are reported together, in field order', async () => {
    const { message } = await failureOf(lessonSource({ front: { level: 'Expert', title: undefined, extra: 1 } }));
    expect(message).toBe(
      'content/x.mdx: unknown field "extra" (allowed: title, summary, language, level, tags, takeaways, related, sandbox, preview); ' +
        'title: missing (every lesson needs it); level: expected one of Beginner, Intermediate, Advanced, got "Expert"',
    );
  });

  test('a summary over 200 characters', async () => {
    expect((await failureOf(lessonSource({ front: { summary: 'x'.repeat(201) } }))).message).toBe(
      'content/x.mdx: summary: at most 200 characters',
    );
  });

  test('a tag outside the vocabulary', async () => {
    expect(await failureOf(lessonSource({ front: { tags: ['testing', 'misc'] } }))).toEqual({
      code: 'invalid-field',
      message:
        'content/x.mdx: tags[1]: "misc" is not in the tag vocabulary (lib/lessons/tags.ts); use one of its tags or add it there with what it means',
    });
  });

  test('a tag that repeats the language, by name or alias', async () => {
    expect((await failureOf(lessonSource({ front: { tags: ['typescript'] } }))).message).toBe(
      'content/x.mdx: tags[0]: "typescript" names a language (TypeScript); the lesson\'s language is shown and filtered on its own',
    );
    expect((await failureOf(lessonSource({ front: { tags: ['testing', 'ts'] } }))).message).toMatch(
      /^content\/x\.mdx: tags\[1\]: "ts" names a language \(TypeScript\)/,
    );
  });

  test('a tag listed twice, and no tags at all', async () => {
    expect((await failureOf(lessonSource({ front: { tags: ['testing', 'testing'] } }))).message).toBe(
      'content/x.mdx: tags: a tag is listed twice',
    );
    expect((await failureOf(lessonSource({ front: { tags: [] } }))).message).toBe('content/x.mdx: tags: at least one tag');
  });

  test('no frontmatter at all', async () => {
    expect(await failureOf('# Just markdown\n')).toEqual({
      code: 'frontmatter-missing',
      message: 'content/x.mdx: no frontmatter: the file must start with a --- block',
    });
  });

  test('frontmatter that is not YAML', async () => {
    const { code, message } = await failureOf('---\ntitle: [unclosed\n---\n');
    expect(code).toBe('frontmatter-yaml');
    expect(message).toMatch(/^content\/x\.mdx: frontmatter is not valid YAML: /);
  });
});

describe('code source', () => {
  test('no code block', async () => {
    expect(await failureOf(lessonSource({ body: step('Alone', '1') }))).toEqual({
      code: 'no-code',
      message: 'content/x.mdx: no code: add <Code src="path" /> or a fenced code block',
    });
  });

  test('two unnamed code blocks: each needs a file name', async () => {
    const body = `${fence}\n\`\`\`ts\nmore\n\`\`\`\n\n${step('A', '1')}`;
    const line = lessonSource({ body }).split('\n').indexOf('```ts') + 1;
    expect(await failureOf(lessonSource({ body }))).toEqual({
      code: 'file-unnamed',
      message: `content/x.mdx: line ${line}: a lesson with several code blocks names each fenced one: <Code file="name.ts"> around it`,
    });
  });

  test('a fence beside a <Code src> needs a name too', async () => {
    const body = `<Code src="src/a.ts" />\n\n${fence}\n${step('A', '1')}`;
    expect((await failureOf(lessonSource({ body }), { 'src/a.ts': 'x' })).code).toBe('file-unnamed');
  });

  test('a fence in another language than the frontmatter says', async () => {
    const body = `\`\`\`python\nx = 1\n\`\`\`\n\n${step('A', '1')}`;
    expect(await failureOf(lessonSource({ body }))).toEqual({
      code: 'language-mismatch',
      message: 'content/x.mdx: the code block is marked `python` but language is typescript',
    });
  });

  test('an unknown region of an imported file', async () => {
    const body = `<Code src="src/a.ts#nope" />\n\n${step('A', '1')}`;
    expect(await failureOf(lessonSource({ body }), { 'src/a.ts': '// #region real\nx\n// #endregion\n' })).toEqual({
      code: 'unknown-region',
      message: 'content/x.mdx: <Code src="src/a.ts#nope">: unknown region "#nope" (known: #real)',
    });
  });

  test('an imported file outside the repository', async () => {
    const body = `<Code src="../secret.ts" />\n\n${step('A', '1')}`;
    expect(await failureOf(lessonSource({ body }))).toEqual({
      code: 'src-outside-repo',
      message: 'content/x.mdx: <Code src="../secret.ts">: the path must be a file inside the repository',
    });
  });

  test('prose outside any step', async () => {
    const { code, message } = await failureOf(lessonSource({ body: `Intro text.\n\n${fence}${step('A', '1')}` }));
    expect(code).toBe('unexpected-content');
    expect(message).toMatch(/^content\/x\.mdx: line \d+: a paragraph outside a <Step>/);
  });

  test('import statements', async () => {
    const { code } = await failureOf(lessonSource({ body: `import X from 'y'\n\n${fence}${step('A', '1')}` }));
    expect(code).toBe('esm-not-allowed');
  });
});

describe('preview', () => {
  test('lines past the end name the file, the preview and the reason', async () => {
    expect(await failureOf(lessonSource({ front: { preview: '11-14' } }))).toEqual({
      code: 'lines-past-end',
      message: 'content/x.mdx: preview: lines 11-14 run past the end (12 lines)',
    });
  });

  test('a pattern that matches nothing', async () => {
    expect(await failureOf(lessonSource({ front: { preview: '/notInTheCode/' } }))).toEqual({
      code: 'regex-no-match',
      message: 'content/x.mdx: preview: /notInTheCode/ matches no line',
    });
  });

  test('an empty preview', async () => {
    expect(await failureOf(lessonSource({ front: { preview: '' } }))).toMatchObject({ code: 'invalid-field' });
  });
});

describe('steps', () => {
  test('a range past the end names file, step and reason', async () => {
    const code48 = Array.from({ length: 48 }, (_, i) => `line(${i + 1});`).join('\n');
    const body = [
      `\`\`\`ts\n${code48}\n\`\`\`\n`,
      step('Import the key', '1-2'),
      step('Build the claims', '3'),
      step('Sign the token', '50-52'),
    ].join('\n');
    expect(await failureOf(lessonSource({ body }))).toEqual({
      code: 'lines-past-end',
      message: 'content/x.mdx: step 3 "Sign the token": lines 50-52 are past the end (48 lines)',
    });
  });

  test('a step that lights no line', async () => {
    expect(await failureOf(lessonSource({ body: fence + step('Nothing', '') }))).toEqual({
      code: 'lines-empty',
      message: 'content/x.mdx: step 1 "Nothing": lines is empty: a step must light at least one line',
    });
  });

  test('a pattern that lights no line', async () => {
    expect(await failureOf(lessonSource({ body: fence + step('Lost', '/notInTheCode/') }))).toEqual({
      code: 'regex-no-match',
      message: 'content/x.mdx: step 1 "Lost": /notInTheCode/ matches no line',
    });
  });

  test('an unknown region', async () => {
    expect(await failureOf(lessonSource({ body: fence + step('Where', '#sign') }))).toEqual({
      code: 'unknown-region',
      message: 'content/x.mdx: step 1 "Where": unknown region "#sign" (the code has no regions)',
    });
  });

  test('a step without a title', async () => {
    const { code, message } = await failureOf(lessonSource({ body: `${fence}<Step lines="1">\nText.\n</Step>\n` }));
    expect(code).toBe('step-no-title');
    expect(message).toMatch(/^content\/x\.mdx: step 1 \(line \d+\) has no title="…"$/);
  });

  test('a step without lines', async () => {
    expect(await failureOf(lessonSource({ body: `${fence}<Step title="Vague">\nText.\n</Step>\n` }))).toEqual({
      code: 'step-no-lines',
      message: 'content/x.mdx: step 1 "Vague": has no lines="…" (say which lines this step lights)',
    });
  });

  test('a step without text', async () => {
    expect(await failureOf(lessonSource({ body: `${fence}<Step title="Mute" lines="1" />\n` }))).toEqual({
      code: 'step-no-text',
      message: 'content/x.mdx: step 1 "Mute": has no text: say why these lines are here',
    });
  });

  test('an attribute steps do not have', async () => {
    const { code, message } = await failureOf(
      lessonSource({ body: `${fence}<Step title="A" lines="1" color="red">\nText.\n</Step>\n` }),
    );
    expect(code).toBe('step-attribute');
    expect(message).toMatch(/^content\/x\.mdx: step 1 \(line \d+\): unknown attribute color \(allowed: title, lines, file, version\)$/);
  });

  test('a body that fails to compile names the step', async () => {
    const body = fence + step('Fine', '1') + step('Broken', '2', 'An <b>unclosed tag.');
    const { code, message } = await failureOf(lessonSource({ body }));
    expect(code).toBe('mdx-syntax');
    expect(message).toMatch(/^content\/x\.mdx: step 2 "Broken": line \d+: Expected a closing tag for `<b>`/);
  });

  test('an {expression} in step text', async () => {
    const { code, message } = await failureOf(lessonSource({ body: fence + step('Clever', '1', 'It is {1 + 1}.') }));
    expect(code).toBe('expression-not-allowed');
    expect(message).toMatch(/^content\/x\.mdx: step 1 "Clever": line \d+: \{…\} expressions are not allowed/);
  });

  test('a component the map does not provide', async () => {
    expect(await failureOf(lessonSource({ body: fence + step('Fancy', '1', 'Press <Kbd>K</Kbd>.') }))).toEqual({
      code: 'unknown-component',
      message: 'content/x.mdx: step 1 "Fancy": <Kbd> is not a component lessons know (see mdx-components.tsx)',
    });
  });

  test('no steps at all', async () => {
    expect((await failureOf(lessonSource({ body: fence }))).code).toBe('no-steps');
  });
});

describe('across lessons', () => {
  test('a related slug that does not exist', async () => {
    expect(await failureOf(lessonSource({ front: { related: ['ghost'] } }))).toEqual({
      code: 'unknown-related',
      message: 'content/x.mdx: related: no lesson "ghost" (known: x)',
    });
  });

  test('a lesson listing itself as related', async () => {
    expect((await failureOf(lessonSource({ front: { related: ['x'] } }))).code).toBe('related-self');
  });

  test('a related slug that exists is fine', async () => {
    const repo = tempRepo({
      'content/x.mdx': lessonSource({ front: { related: ['y'] } }),
      'content/y.mdx': lessonSource({ front: { title: 'Y' } }),
    });
    try {
      expect((await repo.library.getLesson('x'))?.meta.related).toEqual(['y']);
    } finally {
      repo.cleanup();
    }
  });
});
