// The studio's highlight requests (components/studio/use-highlight.ts) against
// a stubbed /api/highlight: what the hook shows, and how it asks again when the
// server refuses for now. The real route is tested in tests/integration/studio.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHighlights } from '@/components/studio/use-highlight';
import { toWire } from '@/lib/studio/highlight-wire';

const STYLE = '--shiki-light:#cf222e;--shiki-dark:#ff7b72';
const coloured = (code: string) => [[{ content: code.slice(0, 5), style: STYLE }, { content: code.slice(5) }]];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const busy = () => json({ error: 'unavailable', message: 'The highlighter has a queue of other code: try again in a second.' }, 503, { 'Retry-After': '1' });

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.useFakeTimers();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets `ms` of fake time pass, then renders what it set off (React applies updates as `act` ends). */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useHighlights', () => {
  it('asks again when the highlighter is busy, after the Retry-After it gave, and then shows colour', async () => {
    const code = `const busyOnce = ${Math.random()};`;
    fetchMock.mockResolvedValueOnce(busy()).mockResolvedValueOnce(json(toWire('typescript', coloured(code))));
    const { result } = renderHook(() => useHighlights([{ code, language: 'typescript' }]));
    expect(result.current[0]).toEqual({ lines: null, error: null });

    await pass(400);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(result.current[0]).toEqual({ lines: null, error: 'The highlighter has a queue of other code: try again in a second.' });

    // Not before the second the server asked for; then after the usual pause.
    await pass(900);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await pass(200);
    await pass(400);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.current[0]).toEqual({ lines: coloured(code), error: null });
  });

  it('gives up after five retries of the same code, and new code starts afresh', async () => {
    const code = `const alwaysBusy = ${Math.random()};`;
    fetchMock.mockImplementation(async () => busy());
    const { result, rerender } = renderHook(({ source }) => useHighlights([source]), { initialProps: { source: { code, language: 'typescript' as const } } });
    for (let i = 0; i < 20; i++) await pass(1_500);
    expect(fetchMock).toHaveBeenCalledTimes(6);
    expect(result.current[0]?.error).toContain('try again');

    rerender({ source: { code: `${code} // edited`, language: 'typescript' } });
    await pass(400);
    expect(fetchMock).toHaveBeenCalledTimes(7);
  });

  it('does not ask again for a refusal that names no time, or a client error', async () => {
    const code = `const refused = ${Math.random()};`;
    fetchMock.mockResolvedValueOnce(json({ error: 'payload_too_large', message: 'The code is 65 KB; the most the studio highlights is 64 KB.' }, 413));
    const { result } = renderHook(() => useHighlights([{ code, language: 'typescript' }]));
    for (let i = 0; i < 10; i++) await pass(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(result.current[0]?.error).toContain('64 KB');
  });
});
