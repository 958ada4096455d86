// lib/studio/highlight-cache.ts with the thread replaced (the integration tests
// run the real one): a shared page's code when the highlight thread fails (the
// page still gets its code, plain, and nothing plain is cached), and the route's
// cache in front of the client's budget (a hit is never charged or refused).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshWorld } from '../sandbox/world';

const thread = vi.hoisted(() => ({ highlightOnThread: vi.fn() }));
vi.mock('@/lib/studio/highlight-thread', () => thread);

const { highlightCached, highlightedLines } = await import('@/lib/studio/highlight-cache');
const { HIGHLIGHT_TIME } = await import('@/lib/studio/highlight-budget');
const { toWire } = await import('@/lib/studio/highlight-wire');

const STYLE = '--shiki-light:#cf222e;--shiki-dark:#ff7b72';

beforeEach(() => {
  freshWorld();
  thread.highlightOnThread.mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('highlightedLines', () => {
  it('gives plain code when the thread fails, and says so; colours it on the next visit', async () => {
    const code = `const a = 1; // ${randomUUID()}\nreturn a;`;
    thread.highlightOnThread.mockRejectedValueOnce(new Error('The highlight thread stopped (exit code 1).'));
    expect(await highlightedLines(code, 'typescript', 'ip:1')).toEqual({ tokens: [[{ content: code.split('\n')[0] }], [{ content: 'return a;' }]], plain: true });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('plain code'), expect.any(Error));

    const coloured = [[{ content: 'const', style: STYLE }, { content: code.split('\n')[0]!.slice(5) }], [{ content: 'return a;' }]];
    thread.highlightOnThread.mockResolvedValueOnce({ json: JSON.stringify(toWire('typescript', coloured)), ms: 3 });
    expect(await highlightedLines(code, 'typescript', 'ip:2')).toEqual({ tokens: coloured, plain: false });
    // Now cached: a third visit does not ask the thread.
    expect(await highlightedLines(code, 'typescript', 'ip:3')).toEqual({ tokens: coloured, plain: false });
    expect(thread.highlightOnThread).toHaveBeenCalledTimes(2);
  });
});

describe('highlightCached', () => {
  it('answers a cached file to a client past its time budget, and refuses that client new code', async () => {
    const wire = (code: string) => JSON.stringify(toWire('typescript', [[{ content: code }]]));
    const slow = `let slow = 1; // ${randomUUID()}`;
    thread.highlightOnThread.mockResolvedValueOnce({ json: wire(slow), ms: HIGHLIGHT_TIME.maxMs + 1 });
    const first = await highlightCached(slow, 'typescript', 'ip:spent');
    expect(first).toMatchObject({ ok: true, value: { hit: false, json: wire(slow) } });

    // The miss used up the client's minute: new code is refused without reaching the thread…
    const other = `let other = 2; // ${randomUUID()}`;
    expect(await highlightCached(other, 'typescript', 'ip:spent')).toMatchObject({ ok: false, reason: 'time' });
    // …but code the server already highlighted costs nothing and is answered.
    expect(await highlightCached(slow, 'typescript', 'ip:spent')).toMatchObject({ ok: true, value: { hit: true, ms: 0, json: wire(slow) } });
    expect(thread.highlightOnThread).toHaveBeenCalledTimes(1);
  });
});
