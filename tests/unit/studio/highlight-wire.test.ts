import { describe, expect, it } from 'vitest';
import { highlight } from '@/lib/lessons/highlight';
import { fromWire, toWire } from '@/lib/studio/highlight-wire';

describe('the /api/highlight wire shape', () => {
  it('gives back exactly the tokens it was given, for real highlighted code', async () => {
    const code = ['const limit = 3; // a comment', '', 'export function twice(n: number): number {', '  return n * 2;', '}'];
    const lines = await highlight(code, 'typescript');
    expect(fromWire(JSON.parse(JSON.stringify(toWire('typescript', lines))))).toEqual(lines);
  });

  it('sends each style once and plain text as bare strings', () => {
    const red = '--shiki-light:#cf222e;--shiki-dark:#ff7b72';
    const wire = toWire('typescript', [
      [{ content: 'const', style: red }, { content: ' x = ' }, { content: 'let', style: red }],
      [{ content: 'plain' }],
    ]);
    expect(wire).toEqual({ language: 'typescript', styles: [red], lines: [[['const', 0], ' x = ', ['let', 0]], ['plain']] });
  });

  it('reads an answer in any other shape as none', () => {
    for (const body of [null, undefined, 'text', {}, { lines: [] }, { styles: [] }, { error: 'rate_limited', message: 'slow down' }]) {
      expect(fromWire(body)).toBeNull();
    }
  });
});
