// A shared page's code (highlightedLines in lib/studio/highlight-cache.ts) when
// the highlight thread fails: the page still gets its code, plain, and nothing
// plain is cached. The thread itself is replaced here; the integration tests
// run the real one.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshWorld } from '../sandbox/world';

const thread = vi.hoisted(() => ({ highlightOnThread: vi.fn() }));
vi.mock('@/lib/studio/highlight-thread', () => thread);

const { highlightedLines } = await import('@/lib/studio/highlight-cache');
const { toWire } = await import('@/lib/studio/highlight-wire');

const STYLE = '--shiki-light:#cf222e;--shiki-dark:#ff7b72';

beforeEach(() => {
  freshWorld();
  thread.highlightOnThread.mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('highlightedLines', () => {
  it('gives plain code when the thread fails, and colours it on the next visit', async () => {
    const code = `const a = 1; // ${randomUUID()}\nreturn a;`;
    thread.highlightOnThread.mockRejectedValueOnce(new Error('The highlight thread stopped (exit code 1).'));
    expect(await highlightedLines(code, 'typescript', 'ip:1')).toEqual([[{ content: code.split('\n')[0] }], [{ content: 'return a;' }]]);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('plain code'), expect.any(Error));

    const coloured = [[{ content: 'const', style: STYLE }, { content: code.split('\n')[0]!.slice(5) }], [{ content: 'return a;' }]];
    thread.highlightOnThread.mockResolvedValueOnce({ json: JSON.stringify(toWire('typescript', coloured)), ms: 3 });
    expect(await highlightedLines(code, 'typescript', 'ip:2')).toEqual(coloured);
    // Now cached: a third visit does not ask the thread.
    expect(await highlightedLines(code, 'typescript', 'ip:3')).toEqual(coloured);
    expect(thread.highlightOnThread).toHaveBeenCalledTimes(2);
  });
});
