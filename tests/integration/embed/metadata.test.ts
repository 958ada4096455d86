// A lesson page's tags as a real Open Graph scraper (open-graph-scraper) reads them.
import ogs from 'open-graph-scraper';
import { describe, expect, inject, test } from 'vitest';
import { getLesson } from '@/lib/lessons';
import { site } from '@/lib/site';
import { fetchPng } from './png';

const baseURL = inject('baseURL');
const SLUG = 'jwt-session-cookies';

async function scrape(path: string) {
  const { error, result, html } = await ogs({
    url: `${baseURL}${path}`,
    // The test server is an IP address, with no top-level domain.
    urlValidatorSettings: {
      allow_fragments: true,
      allow_protocol_relative_urls: false,
      allow_query_components: true,
      allow_trailing_dot: false,
      allow_underscores: false,
      protocols: ['http', 'https'],
      require_host: true,
      require_port: false,
      require_protocol: false,
      require_tld: false,
      require_valid_protocol: true,
      validate_length: true,
    },
  });
  expect(error).toBe(false);
  return { result, html: html ?? '' };
}

/** A `<link>`'s href, found by its rel (and type). */
function linkHref(html: string, rel: string, type?: string): string | undefined {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!tag.includes(`rel="${rel}"`) || (type && !tag.includes(`type="${type}"`))) continue;
    return tag.match(/href="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
  }
  return undefined;
}

/** Where the site URL's page lives on the test server. */
const onTestServer = (url: string) => `${baseURL}${new URL(url).pathname}${new URL(url).search}`;

describe('lesson page metadata', () => {
  test('Open Graph and Twitter tags', async () => {
    const lesson = (await getLesson(SLUG))!;
    const { result } = await scrape(`/explainers/${SLUG}`);
    expect(result.ogTitle).toBe(lesson.meta.title);
    expect(result.ogDescription).toBe(lesson.meta.summary);
    expect(result.ogType).toBe('article');
    expect(result.ogUrl).toBe(`${site.url}/explainers/${SLUG}`);
    expect(result.twitterCard).toBe('summary_large_image');

    const [image] = result.ogImage ?? [];
    expect(image).toBeDefined();
    expect(new URL(image!.url).pathname).toMatch(new RegExp(`^/explainers/${SLUG}/opengraph-image`));
    expect(Number(image!.width)).toBe(1200);
    expect(Number(image!.height)).toBe(630);
    expect(image!.alt).toMatch(/card/i);
    expect(image!.type).toBe('image/png');
    // The image it names is the PNG it says it is.
    expect((await fetchPng(onTestServer(image!.url))).size).toEqual({ width: 1200, height: 630 });
  });

  test('canonical URL and the oEmbed discovery link', async () => {
    const { html } = await scrape(`/explainers/${SLUG}`);
    expect(linkHref(html, 'canonical')).toBe(`${site.url}/explainers/${SLUG}`);
    const discovery = linkHref(html, 'alternate', 'application/json+oembed');
    expect(discovery).toBe(`${site.url}/api/oembed?url=${encodeURIComponent(`${site.url}/explainers/${SLUG}`)}&format=json`);
    const answer = await fetch(onTestServer(discovery!));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ type: 'rich', version: '1.0' });
  });

  test('the lesson page is still served prerendered', async () => {
    const page = await fetch(`${baseURL}/explainers/${SLUG}`);
    expect(page.headers.get('x-nextjs-prerender')).toMatch(/^1\b/);
  });
});

describe('a shared step link (?step=3)', () => {
  test('opens the lesson at that step, with the step card and the step URL', async () => {
    const lesson = (await getLesson(SLUG))!;
    const { result, html } = await scrape(`/explainers/${SLUG}?step=3`);
    expect(result.ogTitle).toContain('Step 3');
    expect(result.ogTitle).toContain(lesson.steps[2]!.title.slice(0, 20));
    expect(result.ogUrl).toBe(`${site.url}/explainers/${SLUG}?step=3`);
    expect(result.twitterCard).toBe('summary_large_image');
    const [image] = result.ogImage ?? [];
    expect(new URL(image!.url).pathname).toMatch(new RegExp(`^/explainers/${SLUG}/step/3/opengraph-image`));
    expect((await fetchPng(onTestServer(image!.url))).size).toEqual({ width: 1200, height: 630 });
    // The lesson stays the canonical page; the discovery link names the step.
    expect(linkHref(html, 'canonical')).toBe(`${site.url}/explainers/${SLUG}`);
    expect(linkHref(html, 'alternate', 'application/json+oembed')).toContain(encodeURIComponent(`/explainers/${SLUG}?step=3`));
    // Rendered at step 3: its counter, and step 3's lines lit in the HTML.
    const total = String(lesson.steps.length).padStart(2, '0');
    expect(html.replaceAll('<!-- -->', '')).toContain(`STEP 03 / ${total}`);
  });

  test('a step past the end opens the last step; junk is the plain lesson', async () => {
    const past = await scrape(`/explainers/${SLUG}?step=42`);
    expect(past.result.ogUrl).toBe(`${site.url}/explainers/${SLUG}?step=${(await getLesson(SLUG))!.steps.length}`);
    const junk = await scrape(`/explainers/${SLUG}?step=abc`);
    expect(junk.result.ogUrl).toBe(`${site.url}/explainers/${SLUG}`);
  });

  test('an unknown lesson with a step is a 404', async () => {
    expect((await fetch(`${baseURL}/explainers/no-such-lesson?step=2`)).status).toBe(404);
  });
});

describe('catalog and sandbox cards', () => {
  test.each([
    ['/', /^\/opengraph-image/],
    ['/sandbox', /^\/sandbox\/opengraph-image/],
  ])('%s has its own card', async (path, image) => {
    const { result } = await scrape(path);
    const [card] = result.ogImage ?? [];
    expect(new URL(card!.url).pathname).toMatch(image);
    expect([Number(card!.width), Number(card!.height)]).toEqual([1200, 630]);
    expect(card!.alt).toBeTruthy();
    expect((await fetchPng(onTestServer(card!.url))).size).toEqual({ width: 1200, height: 630 });
  });
});
