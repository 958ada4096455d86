import { describe, expect, test } from 'vitest';
import { parseLesson } from '@/lib/lessons/parse';
import { lessonSource } from './fixtures';

describe('parseLesson', () => {
  test('reads the frontmatter, the code and the steps with their MDX source', () => {
    const body = [
      '{/* an author note, ignored */}',
      '',
      '```ts',
      'let a = 1;',
      '```',
      '',
      '<Step title="One" lines="1">',
      'Some **why**, with `code`.',
      '',
      '- a list',
      '</Step>',
      '',
      '<Step title="Two" lines="/a/">Inline body on one line.</Step>',
    ].join('\n');
    const parsed = parseLesson(lessonSource({ body }));
    expect(parsed.data).toMatchObject({ title: 'A fixture lesson', level: 'Beginner' });
    expect(parsed.code).toEqual([{ source: { kind: 'inline', lang: 'ts', value: 'let a = 1;' }, line: expect.any(Number) }]);
    expect(parsed.steps.map(({ title, lines, body: source }) => ({ title, lines, source }))).toEqual([
      { title: 'One', lines: '1', source: 'Some **why**, with `code`.\n\n- a list' },
      { title: 'Two', lines: '/a/', source: 'Inline body on one line.' },
    ]);
    expect(parsed.steps[0]?.text).toContain('why');
  });

  test('body line numbers are the file’s, frontmatter included', () => {
    const source = lessonSource({ body: '```ts\nx\n```\n\n<Step title="One" lines="1">\nWhy.\n</Step>' });
    const fileLine = source.split('\n').indexOf('Why.') + 1;
    expect(parseLesson(source).steps[0]?.bodyLine).toBe(fileLine);
  });

  test('a <Code src> element is the code source', () => {
    const parsed = parseLesson(lessonSource({ body: '<Code src="sandbox/session.ts#sign" />\n\n<Step title="S" lines="#sign">\nWhy.\n</Step>' }));
    expect(parsed.code.map((c) => c.source)).toEqual([{ kind: 'file', src: 'sandbox/session.ts#sign' }]);
  });

  test('a <Code> without src, or with other attributes, is refused', () => {
    const step = '\n\n<Step title="S" lines="1">\nWhy.\n</Step>';
    expect(() => parseLesson(lessonSource({ body: `<Code />${step}` }))).toThrow(/<Code>: needs src=/);
    expect(() => parseLesson(lessonSource({ body: `<Code src="a.ts" lang="ts" />${step}` }))).toThrow(
      /<Code>: unknown attribute lang \(allowed: src, file, version\)/,
    );
    expect(() => parseLesson(lessonSource({ body: `<Code src={path} />${step}` }))).toThrow(/src must be a plain "string"/);
  });

  test('components used in a step are collected (checked against the map later)', () => {
    const parsed = parseLesson(lessonSource({ body: '```ts\nx\n```\n\n<Step title="S" lines="1">\nPress <Kbd>K</Kbd> or <kbd>J</kbd>.\n</Step>' }));
    expect(parsed.steps[0]?.components).toEqual(['Kbd']);
  });

  test('a <Step> inside a <Step> is refused', () => {
    const body = '```ts\nx\n```\n\n<Step title="Outer" lines="1">\nText.\n\n<Step title="Inner" lines="1">\nMore.\n</Step>\n</Step>';
    expect(() => parseLesson(lessonSource({ body }))).toThrow('<Step> cannot be inside a <Step>');
  });
});
