// The oEmbed provider, read by a real consumer (@extractus/oembed-extractor),
// once through a provider entry and once by discovery from the lesson page.
import { extract, setProviderList, type RichTypeData } from '@extractus/oembed-extractor';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { getLesson } from '@/lib/lessons';
import { site } from '@/lib/site';
import { fetchPng } from './png';
import { startResolver, type Resolver } from './resolver';

const baseURL = inject('baseURL');
const SLUG = 'jwt-session-cookies';
let resolver: Resolver;

beforeAll(async () => {
  resolver = await startResolver(baseURL);
  setProviderList([
    {
      provider_name: 'Stepwise',
      provider_url: `${baseURL}/`,
      // The provider answers for the configured site only (never a Host header): lesson URLs name site.url.
      endpoints: [{ schemes: [`${site.url}/explainers/${SLUG}*`, `${baseURL}/explainers/*`], url: `${baseURL}/api/oembed` }],
    },
  ]);
});
afterAll(() => resolver?.close());

const through = () => ({ proxy: { target: resolver.target } });
/** extract() types its answer loosely; ours is always "rich". */
const rich = async (...args: Parameters<typeof extract>) => (await extract(...args)) as RichTypeData;
const attr = (html: string, name: string) => html.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** A URL on the configured site, fetched from the test server (which stands in for it). */
const onTestServer = (url: string) => url.replace(site.url, baseURL);

describe('oEmbed, read by @extractus/oembed-extractor through a provider entry', () => {
  test('a lesson URL: every field', async () => {
    const lesson = (await getLesson(SLUG))!;
    const data = await rich(`${site.url}/explainers/${SLUG}`, { maxwidth: 600, maxheight: 500 }, through());
    // The extractor really asked our endpoint, with the consumer's limits.
    const asked = new URL(resolver.asked.at(-1)!);
    expect(asked.pathname).toBe('/api/oembed');
    expect(asked.searchParams.get('url')).toBe(`${site.url}/explainers/${SLUG}`);
    expect(asked.searchParams.get('maxwidth')).toBe('600');

    expect(data.method).toBe('provider-api');
    expect(data.version).toBe('1.0');
    expect(data.type).toBe('rich');
    expect(data.title).toBe(lesson.meta.title);
    expect(data.provider_name).toBe('Stepwise');
    expect(data.provider_url).toBe(`${site.url}/`);
    expect(data.width).toBeLessThanOrEqual(600);
    expect(data.height).toBeLessThanOrEqual(500);
    expect(data.width).toBeGreaterThan(0);
    expect(data.height).toBeGreaterThan(0);
    expect(Number(data.cache_age)).toBeGreaterThan(0);

    const html = String(data.html);
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(attr(html, 'src')).toBe(`${site.url}/embed/${SLUG}`);
    expect(attr(html, 'width')).toBe(String(data.width));
    expect(attr(html, 'height')).toBe(String(data.height));
    expect(attr(html, 'title')).toContain(lesson.meta.title);

    expect(data.thumbnail_url).toBe(`${site.url}/explainers/${SLUG}/opengraph-image`);
    expect([data.thumbnail_width, data.thumbnail_height]).toEqual([1200, 630]);
    const thumbnail = await fetchPng(onTestServer(String(data.thumbnail_url)));
    expect(thumbnail.response.status).toBe(200);
    expect(thumbnail.size).toEqual({ width: 1200, height: 630 });

    // The frame it hands out loads, and may be framed.
    const frame = await fetch(onTestServer(attr(html, 'src')!));
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors \*(;|$)/);
  });

  test('a step link carries into the frame, the title and the thumbnail', async () => {
    const lesson = (await getLesson(SLUG))!;
    const data = await rich(`${site.url}/explainers/${SLUG}?step=3`, {}, through());
    expect(attr(String(data.html), 'src')).toBe(`${site.url}/embed/${SLUG}?step=3`);
    expect(data.title).toContain(lesson.steps[2]!.title);
    expect(data.thumbnail_url).toBe(`${site.url}/explainers/${SLUG}/step/3/opengraph-image`);
    expect((await fetchPng(onTestServer(String(data.thumbnail_url)))).size).toEqual({ width: 1200, height: 630 });
  });

  test('an unknown lesson is refused (404), and the consumer says so', async () => {
    await expect(extract(`${baseURL}/explainers/no-such-lesson`, {}, through())).rejects.toThrow(/404/);
  });
});

describe('oEmbed, found by discovery from the lesson page', () => {
  test('the page links the endpoint; the answer frames the configured site', async () => {
    const data = await rich(`${site.url}/explainers/retry-with-backoff`, {}, through());
    expect(data.method).toBe('auto-discovery');
    expect(data.type).toBe('rich');
    expect(data.version).toBe('1.0');
    expect(attr(String(data.html), 'src')).toBe(`${site.url}/embed/retry-with-backoff`);
    expect(data.thumbnail_url).toBe(`${site.url}/explainers/retry-with-backoff/opengraph-image`);
  });
});

describe('GET /api/oembed refusals: JSON, never a 500', () => {
  const oembed = (query: string) => fetch(`${baseURL}/api/oembed?${query}`);
  const lessonUrl = encodeURIComponent(`${baseURL}/explainers/${SLUG}`);

  test.each([
    [`url=${encodeURIComponent(`${baseURL}/explainers/no-such-lesson`)}`, 404, 'not_found'],
    [`url=${encodeURIComponent(`https://elsewhere.example/explainers/${SLUG}`)}`, 404, 'not_found'],
    [`url=${encodeURIComponent(`${baseURL}/sandbox`)}`, 404, 'not_found'],
    [`url=${lessonUrl}&format=xml`, 501, 'not_implemented'],
    ['format=json', 400, 'bad_request'],
    ['url=%%%', 400, 'bad_request'],
    ['url=not-a-url', 400, 'bad_request'],
    [`url=${lessonUrl}&maxwidth=wide`, 400, 'bad_request'],
    [`url=${lessonUrl}&maxheight=-1`, 400, 'bad_request'],
  ])('?%s → %i', async (query, status, error) => {
    const answer = await oembed(query);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await answer.json()).toMatchObject({ error, message: expect.any(String) });
  });

  test('odd input never gets a 500', async () => {
    const junk = ['', 'url', 'url=', 'url[]=x', `url=${lessonUrl}&url=x`, `url=${'a'.repeat(5000)}`, 'url=javascript:alert(1)', `url=${lessonUrl}&maxwidth=1e3`, `url=${lessonUrl}&format=`];
    for (const query of junk) expect((await oembed(query)).status, query).toBeLessThan(500);
  });
});
