// The site's pages over HTTP, as a crawler or a reader without JavaScript gets them.
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseURL');
const get = (path: string) => fetch(base + path, { redirect: 'manual' });
/** The page's HTML without the empty comments React puts between adjacent text nodes. */
const htmlOf = async (path: string) => (await (await get(path)).text()).replaceAll('<!-- -->', '');
const slugsIn = (html: string) => [...new Set([...html.matchAll(/href="\/explainers\/([a-z0-9-]+)"/g)].map((m) => m[1]))];

describe('catalog', () => {
  it('lists every lesson as a card', async () => {
    const html = await htmlOf('/');
    expect(slugsIn(html)).toEqual(expect.arrayContaining(['jwt-session-cookies', 'retry-with-backoff', 'bounded-async-map']));
    expect(html).toMatch(/\d+ steps · \d+ min read/);
  });

  it('filters by level, tag and language from the URL', async () => {
    const all = slugsIn(await htmlOf('/'));
    const beginner = slugsIn(await (await get('/?level=beginner')).text());
    expect(beginner).toContain('retry-command-bash');
    expect(beginner).not.toContain('jwt-session-cookies');
    expect(beginner.length).toBeLessThan(all.length);
    const python = slugsIn(await (await get('/?language=python')).text());
    expect(python).toContain('retry-with-backoff');
    expect(python).not.toContain('retry-command-bash');
    expect(slugsIn(await (await get('/?tag=jwt&level=advanced')).text())).toContain('jwt-session-cookies');
  });

  it('says so when nothing matches, and offers a way back', async () => {
    const res = await get('/?tag=no-such-tag');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('No explainers match');
    expect(html).toContain('Show all explainers');
  });
});

describe('lesson pages', () => {
  it('are prerendered with every step, the takeaways and related explainers', async () => {
    expect((await get('/explainers/jwt-session-cookies')).status).toBe(200);
    const html = await htmlOf('/explainers/jwt-session-cookies');
    expect(html).toContain('The login Route Handler, end to end');
    expect(html.match(/>Step \d+</g)).toHaveLength(13);
    expect(html).toContain('Three takeaways');
    expect(html).toContain('Related explainers');
    expect(html).not.toMatch(/#region|#endregion/);
  });

  it('answer 404 for an unknown slug', async () => {
    const res = await get('/explainers/no-such-lesson');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('There is no page here');
  });
});

describe('the usual files', () => {
  it('sitemap lists the lessons', async () => {
    const xml = await (await get('/sitemap.xml')).text();
    expect(xml).toContain('/explainers/jwt-session-cookies</loc>');
  });

  it('robots keeps crawlers out of the API', async () => {
    expect(await (await get('/robots.txt')).text()).toMatch(/Disallow: \/api\//);
  });

  it('feed is Atom with an entry a lesson', async () => {
    const res = await get('/feed.xml');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml.match(/<entry>/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
