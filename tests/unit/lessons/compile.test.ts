import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { compileStepBody, countWords } from '@/lib/lessons/compile';
import { LessonError } from '@/lib/lessons/errors';

describe('compileStepBody', () => {
  test('compiles MDX into a component that renders markdown, code and links', async () => {
    const Body = await compileStepBody('Pin the **algorithm** with `algorithms`.\n\n- one\n- [docs](https://example.com)');
    const html = renderToStaticMarkup(createElement(Body));
    expect(html).toContain('<strong>algorithm</strong>');
    expect(html).toContain('<code>algorithms</code>');
    expect(html).toContain('<li>one</li>');
    // The shared components map applies: external links get rel, code blocks are focusable.
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">docs</a>');
  });

  test('code blocks in step text can be focused (they may scroll)', async () => {
    const Body = await compileStepBody('```ts\nconst a = 1;\n```');
    expect(renderToStaticMarkup(createElement(Body))).toMatch(/^<pre tabindex="0">/);
  });

  test('components passed at render time override the map', async () => {
    const Body = await compileStepBody('Some **bold** text.');
    const strong = ({ children }: { children?: unknown }) => createElement('b', null, children as string);
    expect(renderToStaticMarkup(createElement(Body, { components: { strong } }))).toContain('<b>bold</b>');
  });

  test('a body that fails to compile is a LessonError with the file line', async () => {
    const failure = await compileStepBody('Fine line.\n\nBroken {', 40).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LessonError);
    expect((failure as LessonError).code).toBe('step-compile');
    expect((failure as LessonError).reason).toMatch(/^the text does not compile: line 42: /);
    expect((failure as LessonError).in('content/x.mdx', { index: 2, title: 'Sign' }).message).toMatch(
      /^content\/x\.mdx: step 3 "Sign": the text does not compile: line 42: /,
    );
  });
});

describe('countWords', () => {
  test('counts words across title and text, ignoring punctuation-only runs', () => {
    expect(countWords('Sign the token', 'It has a `jti` — a unique id.')).toBe(10);
    expect(countWords('', '   ')).toBe(0);
  });
});
