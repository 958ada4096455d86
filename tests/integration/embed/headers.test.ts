// Who may frame what: embeds anyone, everything else only our own pages.
import { describe, expect, inject, test } from 'vitest';

const baseURL = inject('baseURL');
const get = (path: string) => fetch(`${baseURL}${path}`, { redirect: 'manual' });

describe('framing headers', () => {
  test.each(['/embed/jwt-session-cookies', '/embed/retry-with-backoff?autoplay=0&theme=dark'])('%s may be framed by any site', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors \*(;|$)/);
    expect(answer.headers.get('x-frame-options')).toBeNull();
  });

  test.each([
    '/',
    '/sandbox',
    '/sandbox/account',
    '/explainers/jwt-session-cookies',
    '/explainers/jwt-session-cookies?step=2',
    '/api/oembed?url=x',
    '/api/sandbox/me',
    '/embedded',
  ])('%s may be framed only by our own pages', async (path) => {
    const answer = await get(path);
    expect(answer.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'self'(;|$)/);
    expect(answer.headers.get('x-frame-options')).toBeNull();
  });
});
