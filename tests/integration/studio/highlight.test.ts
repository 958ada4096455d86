// POST /api/highlight on the real server: what it answers, its limits, its
// throttle and its cache. TRUST_PROXY=1 on the test server, so each test is
// its own client through X-Forwarded-For.
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { HIGHLIGHT_TIME, MAX_UNDER_WAY } from '@/lib/studio/highlight-budget';
import { HIGHLIGHT_RATE } from '@/lib/studio/highlight-service';
import { fromWire } from '@/lib/studio/highlight-wire';

const baseURL = inject('baseURL');

function post(body: unknown, { client = randomUUID(), headers = {} }: { client?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${baseURL}/api/highlight`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${client}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * 60 KB of nested type annotations, which make the TypeScript grammar backtrack:
 * a second or more of the tokenizer's time, where ordinary code takes milliseconds.
 * `tag` makes it code the cache has not seen.
 */
function backtrackingCode(tag: string, lines = 212): string {
  const line = 'const f = (' + 'a: {b: (c'.repeat(30);
  return [...Array.from({ length: lines }, (_, i) => `${line} ${i}`), `// ${tag}`].join('\n');
}

describe('/api/highlight', () => {
  test('answers one line of tokens per line of code, in both themes', async () => {
    const code = `const greeting = "hi";\n\nexport function hello() {\n  return greeting;\n}`;
    const response = await post({ code, language: 'typescript' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { language: string; styles: string[] };
    expect(body.language).toBe('typescript');
    // Each style is sent once: the table holds no repeats.
    expect(new Set(body.styles).size).toBe(body.styles.length);
    const lines = fromWire(body) ?? [];
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => line.map((t) => t.content).join(''))).toEqual(code.split('\n'));
    expect(lines[0]?.find((t) => t.content.includes('const'))?.style).toMatch(/--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}/);
  });

  test('caches by content: the same code and language is a hit, another language a miss', async () => {
    const code = `print("cache ${randomUUID()}")`;
    const first = await post({ code, language: 'python' });
    const second = await post({ code, language: 'python' });
    const other = await post({ code, language: 'bash' });
    expect(first.headers.get('x-highlight-cache')).toBe('miss');
    expect(second.headers.get('x-highlight-cache')).toBe('hit');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.json()).toEqual(await first.json());
    expect(other.headers.get('x-highlight-cache')).toBe('miss');
  });

  test('limits: more than 400 lines or 64 KB is a 413 that says the limit', async () => {
    const lines = await post({ code: 'x\n'.repeat(400), language: 'python' });
    expect(lines.status).toBe(413);
    expect(await lines.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringContaining('400') });
    const bytes = await post({ code: 'a'.repeat(64 * 1024 + 1), language: 'python' });
    expect(bytes.status).toBe(413);
    expect(((await bytes.json()) as { message: string }).message).toContain('64 KB');
    const huge = await post({ code: 'a'.repeat(1024 * 1024), language: 'python' });
    expect(huge.status).toBe(413);
  });

  test('clear JSON errors, never a 500, for what a client sends', async () => {
    const cases: [RequestInit & { body?: string }, number, string][] = [
      [{ body: '{not json' }, 400, 'bad_request'],
      [{ body: JSON.stringify({ code: 1, language: 'typescript' }) }, 400, 'bad_request'],
      [{ body: JSON.stringify({ code: 'x', language: 'cobol' }) }, 400, 'bad_request'],
      [{ body: JSON.stringify(null) }, 400, 'bad_request'],
      [{ body: JSON.stringify({ code: 'x', language: 'typescript' }), headers: { 'Content-Type': 'text/plain' } }, 415, 'unsupported_media_type'],
      [{ body: JSON.stringify({ code: 'x', language: 'typescript' }), headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' } }, 403, 'cross_site_request'],
    ];
    for (const [init, status, error] of cases) {
      const response = await fetch(`${baseURL}/api/highlight`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.8.${randomUUID()}`, ...(init.headers as Record<string, string>) },
        body: init.body,
      });
      expect(response.status, init.body).toBe(status);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe(error);
      expect(body.message.length).toBeGreaterThan(10);
    }
    const get = await fetch(`${baseURL}/api/highlight`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  test(`throttles per client: request ${HIGHLIGHT_RATE.max + 1} in a minute is a 429 with Retry-After; another client is unaffected`, async () => {
    const client = randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < HIGHLIGHT_RATE.max; i++) statuses.push((await post({ code: `x${i % 3}`, language: 'bash' }, { client })).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
    const over = await post({ code: 'x', language: 'bash' }, { client });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ error: 'rate_limited' });
    expect((await post({ code: 'x', language: 'bash' })).status).toBe(200);
  });

  test('a slow highlight holds up nothing else: it runs off the event loop, and pages keep answering meanwhile', async () => {
    let highlighted = false;
    const slow = post({ code: backtrackingCode(randomUUID()), language: 'typescript' }).then((response) => {
      highlighted = true;
      return response;
    });
    const answeredMeanwhile: number[] = [];
    while (!highlighted) {
      const page = await fetch(`${baseURL}/api/bare`);
      await page.arrayBuffer();
      if (!highlighted) answeredMeanwhile.push(page.status);
    }
    expect((await slow).status).toBe(200);
    // On the event loop, the highlight would have kept every one of these waiting until it was done.
    expect(answeredMeanwhile.length).toBeGreaterThanOrEqual(5);
    expect(new Set(answeredMeanwhile)).toEqual(new Set([200]));
  });

  test(`throttles the highlighter's time as well: code that makes it backtrack gets a 429 long before request ${HIGHLIGHT_RATE.max}`, async () => {
    const client = randomUUID();
    const answered: number[] = [];
    let limited: Response | undefined;
    // Each of these takes the highlighter well over HIGHLIGHT_TIME.maxMs / 30; the request count alone would allow 60.
    while (!limited && answered.length < 30) {
      const response = await post({ code: backtrackingCode(`${client} ${answered.length}`), language: 'typescript' }, { client });
      if (response.status === 429) limited = response;
      else answered.push(response.status);
    }
    expect(limited?.status).toBe(429);
    expect(new Set(answered)).toEqual(new Set([200]));
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited?.json()) as { error: string; message: string };
    expect(body.error).toBe('rate_limited');
    expect(body.message).toContain(`${HIGHLIGHT_TIME.maxMs / 1000} s ordinary code needs`);
    // The same client's ordinary code waits out the minute too; another client is unaffected.
    expect((await post({ code: 'let x = 1', language: 'typescript' }, { client })).status).toBe(429);
    expect((await post({ code: 'let x = 1', language: 'typescript' })).status).toBe(200);
  });

  test(`a client may have ${MAX_UNDER_WAY} highlights under way at once: a burst cannot start before the time is charged`, async () => {
    const client = randomUUID();
    // Half the slow code: each still far longer than it takes all of these to arrive.
    const burst = await Promise.all(
      Array.from({ length: MAX_UNDER_WAY + 2 }, (_, i) => post({ code: backtrackingCode(`${client} ${i}`, 110), language: 'typescript' }, { client })),
    );
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(MAX_UNDER_WAY);
    const refused = burst.filter((response) => response.status === 429);
    expect(refused).toHaveLength(2);
    for (const response of refused) expect(((await response.json()) as { message: string }).message).toContain('still being highlighted');
  });
});
