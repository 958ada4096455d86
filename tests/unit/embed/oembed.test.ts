import { describe, expect, test } from 'vitest';
import { buildOEmbed, CACHE_AGE, DEFAULT_SIZE, embedSize, parseOEmbedRequest, type OEmbedRequest } from '@/lib/embed/oembed';

const ORIGINS = ['https://stepwise.example', 'http://127.0.0.1:4000'];
const query = (params: Record<string, string>) => new URLSearchParams(params);
const parse = (params: Record<string, string>) => parseOEmbedRequest(query(params), ORIGINS);
const lessonUrl = 'https://stepwise.example/explainers/jwt-session-cookies';

describe('parseOEmbedRequest', () => {
  test('a lesson URL on our site', () => {
    expect(parse({ url: lessonUrl, format: 'json' })).toEqual({
      ok: true,
      request: { origin: 'https://stepwise.example', slug: 'jwt-session-cookies', step: null, maxwidth: null, maxheight: null },
    });
  });

  test('the other origin we answer for, an embed URL, a trailing slash, a step, limits', () => {
    const parsed = parse({ url: 'http://127.0.0.1:4000/embed/retry-with-backoff/?step=3', maxwidth: '400', maxheight: '300' });
    expect(parsed).toEqual({
      ok: true,
      request: { origin: 'http://127.0.0.1:4000', slug: 'retry-with-backoff', step: 3, maxwidth: 400, maxheight: 300 },
    });
  });

  test('format is optional (JSON); empty limits mean no limit', () => {
    const parsed = parse({ url: lessonUrl, format: '', maxwidth: '', maxheight: ' ' });
    expect(parsed.ok && parsed.request).toMatchObject({ maxwidth: null, maxheight: null });
  });

  test('a bad step in the URL is ignored, not an error', () => {
    const parsed = parse({ url: `${lessonUrl}?step=zero` });
    expect(parsed.ok && parsed.request.step).toBeNull();
  });

  test.each(['xml', 'XML', 'yaml'])('format=%j → 501', (format) => {
    expect(parse({ url: lessonUrl, format })).toMatchObject({ ok: false, error: { status: 501, error: 'not_implemented' } });
  });

  test.each<[Record<string, string>, string]>([
    [{}, 'no url'],
    [{ url: '' }, 'empty url'],
    [{ url: 'not a url' }, 'not a URL'],
    [{ url: lessonUrl, maxwidth: 'wide' }, 'maxwidth not a number'],
    [{ url: lessonUrl, maxwidth: '0' }, 'maxwidth zero'],
    [{ url: lessonUrl, maxheight: '-5' }, 'maxheight negative'],
    [{ url: lessonUrl, maxheight: '1.5' }, 'maxheight fractional'],
    [{ url: lessonUrl, maxwidth: '9999999' }, 'maxwidth absurd'],
    [{ url: `${lessonUrl}${'x'.repeat(2100)}` }, 'url too long'],
  ])('%j (%s) → 400', (params) => {
    expect(parse(params)).toMatchObject({ ok: false, error: { status: 400, error: 'bad_request' } });
  });

  test.each([
    'https://evil.example/explainers/jwt-session-cookies',
    'http://stepwise.example/explainers/jwt-session-cookies',
    'https://stepwise.example:8443/explainers/jwt-session-cookies',
    'https://stepwise.example/',
    'https://stepwise.example/sandbox',
    'https://stepwise.example/explainers/',
    'https://stepwise.example/explainers/a/b',
    'https://stepwise.example/explainers/Upper-Case',
    'https://stepwise.example/explainers/..%2Fsandbox',
    'ftp://stepwise.example/explainers/jwt-session-cookies',
  ])('%s → 404', (url) => {
    expect(parse({ url })).toMatchObject({ ok: false, error: { status: 404, error: 'not_found' } });
  });
});

describe('embedSize', () => {
  test('our default when there are no limits, or generous ones', () => {
    expect(embedSize(null, null)).toEqual(DEFAULT_SIZE);
    expect(embedSize(2000, 2000)).toEqual(DEFAULT_SIZE);
  });

  test('never wider than maxwidth nor taller than maxheight', () => {
    for (const maxwidth of [1, 100, 320, 479, 480, 500, 719, 720, 721, null]) {
      for (const maxheight of [1, 200, 639, 640, 800, null]) {
        const { width, height } = embedSize(maxwidth, maxheight);
        expect(width).toBeLessThanOrEqual(maxwidth ?? Infinity);
        expect(height).toBeLessThanOrEqual(maxheight ?? Infinity);
        expect(width).toBeGreaterThan(0);
        expect(height).toBeGreaterThan(0);
      }
    }
  });

  test('a narrow frame is taller: the step text wraps more', () => {
    expect(embedSize(360, null).height).toBeGreaterThan(embedSize(700, null).height);
  });
});

describe('buildOEmbed', () => {
  const lesson = { title: 'Signed <cookies> & "quotes"', total: 3, stepTitles: ['One', 'Two', 'Three'] };
  const request: OEmbedRequest = { origin: 'https://stepwise.example', slug: 'signed-cookies-go', step: null, maxwidth: null, maxheight: null };

  test('a rich answer with an iframe to the embed, sized, and the card as thumbnail', () => {
    const answer = buildOEmbed(request, lesson);
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: lesson.title,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      provider_name: 'Stepwise',
      provider_url: 'https://stepwise.example/',
      thumbnail_url: 'https://stepwise.example/explainers/signed-cookies-go/opengraph-image',
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: CACHE_AGE,
    });
    expect(answer.html).toMatch(/^<iframe src="https:\/\/stepwise\.example\/embed\/signed-cookies-go" /);
    expect(answer.html).toContain(`width="${DEFAULT_SIZE.width}" height="${DEFAULT_SIZE.height}"`);
    // The title is escaped inside the attribute.
    expect(answer.html).toContain('title="Stepwise: Signed &lt;cookies&gt; &amp; &quot;quotes&quot;"');
  });

  test('a step in the URL carries into the frame, the title and the thumbnail; it is clamped to the lesson', () => {
    const answer = buildOEmbed({ ...request, step: 9 }, lesson);
    expect(answer.html).toContain('src="https://stepwise.example/embed/signed-cookies-go?step=3"');
    expect(answer.title).toBe(`${lesson.title} — step 3: Three`);
    expect(answer.thumbnail_url).toBe('https://stepwise.example/explainers/signed-cookies-go/step/3/opengraph-image');
  });

  test('the limits size the frame', () => {
    const answer = buildOEmbed({ ...request, maxwidth: 400, maxheight: 300 }, lesson);
    expect([answer.width, answer.height]).toEqual([400, 300]);
    expect(answer.html).toContain('width="400" height="300"');
  });
});
