// The share cards: 1200×630 PNGs at their plain URLs (next.config.mjs).
import { describe, expect, inject, test } from 'vitest';
import { fetchPng } from './png';

const baseURL = inject('baseURL');

describe('cards', () => {
  test.each([
    '/explainers/jwt-session-cookies/opengraph-image',
    '/explainers/retry-with-backoff/opengraph-image',
    '/explainers/signed-cookies-go/step/2/opengraph-image',
    '/explainers/jwt-session-cookies/step/99/opengraph-image',
    '/opengraph-image',
    '/sandbox/opengraph-image',
  ])('%s is a 1200×630 PNG', async (path) => {
    const { response, size } = await fetchPng(`${baseURL}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(size).toEqual({ width: 1200, height: 630 });
  });

  test('a lesson card differs from its step card', async () => {
    const lesson = await fetchPng(`${baseURL}/explainers/jwt-session-cookies/opengraph-image`);
    const step = await fetchPng(`${baseURL}/explainers/jwt-session-cookies/step/3/opengraph-image`);
    expect(Buffer.from(lesson.bytes).equals(Buffer.from(step.bytes))).toBe(false);
  });

  test.each([
    '/explainers/no-such-lesson/opengraph-image',
    '/explainers/jwt-session-cookies/step/0/opengraph-image',
    '/explainers/jwt-session-cookies/step/two/opengraph-image',
  ])('%s → 404', async (path) => {
    expect((await fetch(`${baseURL}${path}`)).status).toBe(404);
  });
});
