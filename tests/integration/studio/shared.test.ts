// A shared walkthrough (/w/<data>) on the real server: the page renders the
// walkthrough without JavaScript, its card is a 1200×630 PNG, oEmbed answers
// for it, and hostile or broken links render inert or get a clear 400.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { CODEC_VERSION, encodeWalkthrough } from '@/lib/studio/codec';
import type { StudioWalkthrough } from '@/lib/studio/model';
import { site } from '@/lib/site';
import { fetchPng } from '../embed/png';

const baseURL = inject('baseURL');

function sample(): StudioWalkthrough {
  return {
    title: 'Retry once',
    files: [{ name: 'retry.ts', language: 'typescript', code: 'export async function once(work) {\n  try {\n    return await work();\n  } catch {\n    return work();\n  }\n}' }],
    steps: [
      { title: 'The signature', lines: '1', body: 'Takes **work**.', file: 0 },
      { title: 'First try', lines: '2-3', body: 'Run it once.', file: 0 },
      { title: 'Second try', lines: '4-5', body: 'Then [again](https://example.com/again).', file: 0 },
    ],
  };
}

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostile(): StudioWalkthrough {
  return {
    title: `Title ${HOSTILE}`,
    files: [{ name: `file${HOSTILE}.ts`.slice(0, 100), language: 'typescript', code: `const x = "${HOSTILE}";\n// </script><script>alert(3)</script>` }],
    steps: [
      {
        title: `Step ${HOSTILE}`,
        lines: '1-2',
        body: `Body ${HOSTILE}\n\n[click](javascript:alert(4)) [data](data:text/html,<script>alert(5)</script>) [ok](https://example.com/ok) [rel](/explainers)\n\n<a href="javascript:alert(6)" onclick="alert(7)">raw</a>\n\n![pic](https://tracker.example/pixel.png)`,
        file: 0,
      },
    ],
  };
}

const page = (data: string, prefix = '/w/') => fetch(`${baseURL}${prefix}${data}`);

describe('/w/<data>: a shared walkthrough', () => {
  test('renders server-side: title, code, every step, readable without JavaScript', async () => {
    const data = await encodeWalkthrough(sample());
    const response = await page(data);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>Retry once<\/h1>/);
    for (const title of ['The signature', 'First try', 'Second try']) expect(html).toContain(`>${title}</h`);
    expect(html).toContain('<strong>work</strong>');
    expect(html).toMatch(/<a href="https:\/\/example.com\/again" rel="nofollow noopener noreferrer">again<\/a>/);
    // Highlighted on the server: lines with token classes.
    expect(html).toMatch(/data-line=1[^>]*><span class=t/);
    expect(html).toContain('property="og:image"');
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/api\/oembed\?url=/);
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    // The card's URL is the whole link again: og:image carries it, X reads og:image, so no twitter:image.
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).not.toContain('twitter:image');
  });

  test('its card is a 1200×630 PNG, and its embed twin renders', async () => {
    const data = await encodeWalkthrough(sample());
    const { response, size } = await fetchPng(`${baseURL}/w/${data}/opengraph-image`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(size).toEqual({ width: 1200, height: 630 });
    const embed = await page(data, '/embed/w/');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(await embed.text()).toContain('First try');
  });

  test('oEmbed answers for it, with its embed and card', async () => {
    const data = await encodeWalkthrough(sample());
    // The provider answers for the configured site (SITE_URL) only, never a Host header's.
    const url = `${site.url}/w/${data}`;
    const response = await fetch(`${baseURL}/api/oembed?url=${encodeURIComponent(url)}&maxwidth=600&format=json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', title: 'Retry once', thumbnail_url: `${site.url}/w/${data}/opengraph-image` });
    expect(String(body.html)).toContain(`src="${site.url}/embed/w/${data}"`);
    expect(Number(body.width)).toBeLessThanOrEqual(600);
    const step = await fetch(`${baseURL}/api/oembed?url=${encodeURIComponent(`${url}?step=2`)}`);
    expect(((await step.json()) as { title: string }).title).toBe('Retry once — step 2: First try');
    const broken = await fetch(`${baseURL}/api/oembed?url=${encodeURIComponent(`${site.url}/w/1.AAAA`)}`);
    expect(broken.status).toBe(404);
  });

  test('a step link (?step=2) unfurls with that step: its title, URL and card, and oEmbed names the step card', async () => {
    const data = await encodeWalkthrough(sample());
    const response = await page(`${data}?step=2`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const meta = (property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');
    expect(meta('og:title')).toBe('Step 2: First try — Retry once');
    expect(meta('og:url')).toBe(`${site.url}/w/${data}?step=2`);
    const image = meta('og:image');
    expect(new URL(image!).pathname.startsWith(`/w/${data}/step/2/opengraph-image`)).toBe(true);
    // Opened at step 2, server-side.
    expect(html.replaceAll('<!-- -->', '')).toContain('STEP 02 / 03');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/w\/[^"?]+"/);
    // The step's card: a 1200×630 PNG, not the walkthrough's card.
    const stepCard = await fetchPng(`${baseURL}/w/${data}/step/2/opengraph-image`);
    const card = await fetchPng(`${baseURL}/w/${data}/opengraph-image`);
    expect(stepCard.response.headers.get('content-type')).toBe('image/png');
    expect(stepCard.size).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(stepCard.bytes).equals(Buffer.from(card.bytes))).toBe(false);
    expect((await fetch(`${baseURL}/w/${data}/step/0/opengraph-image`)).status).toBe(404);

    const url = `${site.url}/w/${data}?step=2`;
    const oembed = (await (await fetch(`${baseURL}/api/oembed?url=${encodeURIComponent(url)}`)).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ title: 'Retry once — step 2: First try', thumbnail_url: `${site.url}/w/${data}/step/2/opengraph-image` });
    expect(String(oembed.html)).toContain(`src="${site.url}/embed/w/${data}?step=2"`);
    // A broken link with a step is still a 400, never a 500.
    expect((await page(`${data.slice(0, -8)}?step=2`)).status).toBe(400);
    expect((await page(`${data.slice(0, -8)}/step/2`)).status).toBe(400);
  });

  test('hostile content renders inert: no script, no handler, no javascript: or data: link, no image fetched', async () => {
    const data = await encodeWalkthrough(hostile());
    for (const prefix of ['/w/', '/embed/w/']) {
      const response = await page(data, prefix);
      expect(response.status).toBe(200);
      const html = await response.text();
      const body = html.slice(html.indexOf('<body'));
      // The only scripts are Next's own (src or its JSON payload), never ours from the link.
      expect(body).not.toMatch(/<script>alert/);
      expect(body).not.toMatch(/<img[^>]*tracker/);
      // Attribute values aside (they hold the escaped text), no element carries an event handler.
      expect(body.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(body).not.toMatch(/href="(?:javascript|data):/i);
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).toMatch(/<a href="https:\/\/example.com\/ok" rel="nofollow noopener noreferrer">ok<\/a>/);
      expect(body).toMatch(/<a href="\/explainers" rel="nofollow noopener noreferrer">rel<\/a>/);
    }
    const card = await fetchPng(`${baseURL}/w/${data}/opengraph-image`);
    expect(card.size).toEqual({ width: 1200, height: 630 });
  });

  test('a link is rendered on its first visit, then served from memory, never written to disk', async () => {
    const data = await encodeWalkthrough({ ...sample(), title: `Cached ${Date.now()}` });
    const first = await page(data);
    const second = await page(data);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    // Same bytes: the walkthrough was not rendered again.
    expect(await second.text()).toBe(await first.text());
    // Kept, not rendered again every minute: a link's page never changes (shared-render-life.test.ts: unless its code was plain).
    expect(second.headers.get('cache-control')).toMatch(/s-maxage=31536000\b/);
    // Anyone can mint links: a cached one must not grow the disk.
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    expect(existsSync(path.join(distDir, 'server/app/w'))).toBe(false);
  });

  test("a visitor past the highlighter's time limit gets plain code, still a page; the next visitor gets it coloured", async () => {
    // Nested type annotations make the TypeScript grammar backtrack: 60 KB of them
    // take the highlighter a second or more, and a link carries them in about 1.2 KB.
    const line = 'const f = (' + 'a: {b: (c'.repeat(30);
    const slow = (tag: string) => {
      const code = [...Array.from({ length: 212 }, (_, i) => `${line} ${i}`), `// ${tag}`].join('\n');
      return encodeWalkthrough({ title: 'Backtracking', files: [{ name: 'slow.ts', language: 'typescript', code }], steps: [{ title: 'One', lines: '1', body: 'x', file: 0 }] });
    };
    // The embed is rendered per request, for its visitor; /w/<data> is rendered once, then cached (above).
    const visit = (data: string, client: string) => fetch(`${baseURL}/embed/w/${data}`, { headers: { 'X-Forwarded-For': client } });
    const coloured = (html: string) => /data-line=1[^>]*><span class=t/.test(html);
    const visitor = `10.7.${Date.now()}`;
    const pages: boolean[] = [];
    let last = '';
    // Each link is new code to the cache; HIGHLIGHT_TIME.maxMs is 5 s, a few of these.
    while (pages.length < 30 && !pages.includes(false)) {
      last = await slow(`${visitor} ${pages.length}`);
      const response = await visit(last, visitor);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('Backtracking');
      pages.push(coloured(html));
    }
    expect(pages.at(-1)).toBe(false);
    expect(pages[0]).toBe(true);
    // Plain code is not cached: another visitor opening the same link gets it coloured.
    expect(coloured(await (await visit(last, `${visitor}.2`)).text())).toBe(true);
  });

  test('broken links get a clear 400 page, never a 500', async () => {
    const good = await encodeWalkthrough(sample());
    const bomb = `${CODEC_VERSION}.${deflateSync(Buffer.alloc(1024 * 1024, 32)).toString('base64url')}`;
    const pastEnd = sample();
    pastEnd.steps[1]!.lines = '40-42';
    const cases: [string, RegExp][] = [
      [good.slice(0, -8), /cut short|ends too early/],
      [`9${good.slice(1)}`, /format "9"/],
      [`${good.slice(0, 20)}%E0%A4%A${good.slice(24)}`, /not a valid URL|changed or/],
      ['1.!!!!', /not valid base64url/],
      [bomb, /unpacks to more than/],
      [`1.${'A'.repeat(1024 * 1024 / 128)}`, /the most a walkthrough link may carry/],
      [await encodeWalkthrough(pastEnd), /Step 2: Lines 40-42 are past the end \(7 lines\)/],
    ];
    for (const [data, reason] of cases) {
      for (const prefix of ['/w/', '/embed/w/']) {
        const response = await page(data, prefix);
        expect(response.status, `${prefix}${data.slice(0, 40)}`).toBe(400);
        const html = await response.text();
        expect(html).toContain('This walkthrough link cannot be read');
        expect(html.replace(/&quot;/g, '"')).toMatch(reason);
      }
    }
  });

  test('1 MB of data in the URL is refused before anything is decoded', async () => {
    // Node's header limit answers 431 before the app sees it, and may close the socket while
    // the request is still being written (a reset here); either way no 500 and nothing rendered.
    const status = await page(`1.${'A'.repeat(1024 * 1024)}`).then(
      (response) => response.status,
      (error: { cause?: { code?: string } }) => error.cause?.code,
    );
    expect([400, 414, 431, 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']).toContain(status);
    // And the server is none the worse for it.
    expect((await page(await encodeWalkthrough(sample()))).status).toBe(200);
  });
});
