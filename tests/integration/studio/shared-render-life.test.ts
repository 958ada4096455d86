// How long Next keeps a shared page: one rendered with coloured code is kept
// (its URL is its content, so rendering it again would give the same page), and
// one rendered after page renders had used up their highlighter budget, with
// plain code, is rendered again within a minute. Its own server: using up the
// budget all page renders share would leave other tests' pages plain.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeWalkthrough } from '@/lib/studio/codec';
import { PLAIN_RENDER_SECONDS } from '@/lib/studio/render-again';
import { startNext, type RunningServer } from '../../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startNext();
}, 90_000);
afterAll(() => server.stop());

const coloured = (html: string) => /data-line=1[^>]*><span class=t/.test(html);
const sMaxAge = (response: Response) => Number(/s-maxage=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);

/** A link whose code makes the TypeScript grammar backtrack: about a second of highlighting each. */
function slowLink(tag: string): Promise<string> {
  const line = 'const f = (' + 'a: {b: (c'.repeat(30);
  const code = [...Array.from({ length: 212 }, (_, i) => `${line} ${i}`), `// ${tag}`].join('\n');
  return encodeWalkthrough({ title: 'Backtracking', files: [{ name: 'slow.ts', language: 'typescript', code }], steps: [{ title: 'One', lines: '1', body: 'x', file: 0 }, { title: 'Two', lines: '2', body: 'y', file: 0 }] });
}

describe('a shared page in Next’s cache', () => {
  test('coloured, it is kept; plain (the page renders’ highlighter budget spent), it is rendered again within a minute', async () => {
    const first = await fetch(`${server.url}/w/${await slowLink('first')}`);
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(coloured(html)).toBe(true);
    // A year, as Next writes "kept until evicted".
    expect(sMaxAge(first)).toBeGreaterThan(86_400);

    // New links until one comes back plain: every page render shares one budget of highlighter time.
    let plain: { data: string; response: Response } | undefined;
    for (let i = 0; i < 30 && !plain; i++) {
      const data = await slowLink(`next ${i}`);
      const response = await fetch(`${server.url}/w/${data}`);
      expect(response.status).toBe(200);
      if (!coloured(await response.text())) plain = { data, response };
    }
    expect(plain, 'no page came back plain').toBeDefined();
    expect(sMaxAge(plain!.response)).toBe(PLAIN_RENDER_SECONDS);
    // Its step link is a page of its own, rendered while the budget is still spent: plain, and short-lived too.
    const step = await fetch(`${server.url}/w/${plain!.data}?step=2`);
    expect(step.status).toBe(200);
    expect(coloured(await step.text())).toBe(false);
    expect(sMaxAge(step)).toBe(PLAIN_RENDER_SECONDS);
  }, 120_000);
});
