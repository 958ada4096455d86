// A file highlighted in two halves (two threads at once) must come out exactly
// as the whole file does, wherever it is cut: a cut inside a comment, a string
// or a block the head cannot leave must make the head carry on alone.
import { describe, expect, test } from 'vitest';
import { getAllLessons } from '@/lib/lessons';
import { highlight, highlightFromTopLevel, highlightHead } from '@/lib/lessons/highlight';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';
import { splitLine } from '@/lib/studio/highlight-thread';

/** What the threads put together: the head, and the tail only when the head stopped at the cut. */
async function inHalves(lines: string[], splitAt: number, language: LanguageId): Promise<{ tokens: CodeToken[][]; split: boolean }> {
  const [head, tail] = await Promise.all([highlightHead(lines, splitAt, language), highlightFromTopLevel(lines.slice(splitAt), language)]);
  const split = head.length === splitAt;
  return { tokens: split ? [...head, ...tail] : head, split };
}

const SAMPLES: Record<string, { language: LanguageId; code: string }> = {
  'TypeScript with a block comment, a template literal and a generic across lines': {
    language: 'typescript',
    code: [
      'import { sign } from "jose";',
      '',
      '/**',
      ' * Signs a token.',
      ' */',
      'export async function issue(user: { id: string }): Promise<string> {',
      '  const note = `line one',
      '  line two ${user.id}',
      '  line three`;',
      '  return sign<',
      '    Record<string, unknown>',
      '  >({ sub: user.id, note });',
      '}',
      '',
      'const pattern = /a\\/b/g; // a regular expression',
      'export type Pair<A, B> = [A, B];',
    ].join('\n'),
  },
  'TSX with markup across lines': {
    language: 'tsx',
    code: ['export function Card({ title }: { title: string }) {', '  return (', '    <article', '      className="card">', '      <h2>{title}</h2>', '    </article>', '  );', '}', '', 'export const x = 1;'].join('\n'),
  },
  'Python with a triple-quoted string': {
    language: 'python',
    code: ['def greet(name):', '    """Say hello.', '', '    Twice."""', '    return f"hi {name}"', '', '', 'class A:', '    pass'].join('\n'),
  },
  'bash with a heredoc': {
    language: 'bash',
    code: ['#!/usr/bin/env bash', 'cat <<EOF', 'not a command', 'EOF', 'echo "done $HOME"', 'if true; then', '  exit 0', 'fi'].join('\n'),
  },
  'Go with a raw string': {
    language: 'go',
    code: ['package main', '', 'const usage = `first', 'second`', '', 'func main() {', '\tprintln(usage)', '}'].join('\n'),
  },
};

describe('highlighting a file in two halves', () => {
  for (const [name, { language, code }] of Object.entries(SAMPLES)) {
    test(`${name}: every cut gives the whole file's tokens`, async () => {
      const lines = code.split('\n');
      const whole = await highlight(lines, language);
      let splits = 0;
      for (let at = 1; at < lines.length; at++) {
        const halves = await inHalves(lines, at, language);
        expect(halves.tokens, `cut before line ${at + 1}`).toEqual(whole);
        if (halves.split) splits += 1;
      }
      // Some cuts are at the top level, where the halves really are used.
      expect(splits).toBeGreaterThan(0);
    }, 30_000);
  }

  test('a cut inside a block comment or a template literal makes the head carry on through every line', async () => {
    const lines = SAMPLES['TypeScript with a block comment, a template literal and a generic across lines']!.code.split('\n');
    for (const at of [3, 7]) {
      const head = await highlightHead(lines, at, 'typescript');
      expect(head, `cut before line ${at + 1}`).toHaveLength(lines.length);
    }
    // Right after the function's closing brace the file is at its top level: the head stops there.
    expect(await highlightHead(lines, 13, 'typescript')).toHaveLength(13);
  });

  test("every lesson's code, cut where the threads cut it, gives the whole file's tokens", async () => {
    const files = (await getAllLessons()).flatMap((lesson) => lesson.files.flatMap((file) => file.versions.map((version) => ({ language: file.language, lines: version.lines.map((line) => line.tokens.map((t) => t.content).join('')) }))));
    expect(files.length).toBeGreaterThan(5);
    let splits = 0;
    for (const { language, lines } of files.filter((file) => file.lines.length > 2)) {
      const at = splitLine(lines);
      const halves = await inHalves(lines, at, language);
      expect(halves.tokens).toEqual(await highlight(lines, language));
      if (halves.split) splits += 1;
    }
    // The cut is chosen where files are at their top level: most lessons' files really split.
    expect(splits).toBeGreaterThan(files.length / 2);
  }, 60_000);
});

describe('where the threads cut a file', () => {
  test('near the middle, at a line flush left after a blank line or a closing bracket', () => {
    const lines = ['a {', '  b', '}', 'c {', '  d', '}', '', 'e {', '  f', '}', 'g'];
    expect(splitLine(lines)).toBe(7);
    expect(splitLine(['x', '  y', '  z', '  w'])).toBe(2);
  });
});
