// Security headers on every route family: pages, embeds, the API, static assets, card images.
import { describe, expect, inject, test } from 'vitest';
import { encodeWalkthrough } from '@/lib/studio/codec';

const baseURL = inject('baseURL');
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseURL}${path}`, { redirect: 'manual', headers });

/** The directives of a CSP header, by name. */
function directives(csp: string | null): Map<string, string> {
  return new Map((csp ?? '').split(';').map((part) => part.trim().split(/\s+(.*)/s) as [string, string]).filter(([name]) => name).map(([name, value]) => [name, value ?? '']));
}

async function firstAsset(): Promise<string> {
  const html = await (await get('/')).text();
  const asset = html.match(/\/_next\/static\/[^"']+\.(?:js|css)/)?.[0];
  if (!asset) throw new Error('no static asset linked from /');
  return asset;
}

const families: [string, () => Promise<string>][] = [
  ['a page', async () => '/explainers/jwt-session-cookies'],
  ['the sandbox page', async () => '/sandbox'],
  ['an embed', async () => '/embed/jwt-session-cookies'],
  ['an API route', async () => '/api/sandbox/me'],
  ['oEmbed', async () => '/api/oembed?url=x'],
  ['a static asset', firstAsset],
  ['an og image', async () => '/explainers/jwt-session-cookies/opengraph-image'],
  ['a 404', async () => '/no-such-page'],
];

describe('security headers', () => {
  test.each(families)('%s: nosniff, a referrer policy, a permissions policy', async (_family, path) => {
    const answer = await get(await path());
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(answer.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    // Plain http: no HSTS (browsers ignore it there, and localhost must stay reachable).
    expect(answer.headers.get('strict-transport-security')).toBeNull();
  });

  test("a shared walkthrough's pages send only our origin as the referrer: their address is the walkthrough", async () => {
    const data = await encodeWalkthrough({ title: 'One line', files: [{ name: 'a.ts', language: 'typescript', code: 'export {};' }], steps: [{ title: 'It', lines: '1', body: '', file: 0 }] });
    for (const path of [`/w/${data}`, `/w/${data}?step=1`, `/embed/w/${data}`, '/w/1.AAAA']) {
      const answer = await get(path);
      expect(answer.status, path).toBeLessThan(500);
      expect(answer.headers.get('referrer-policy'), path).toBe('strict-origin');
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  test('HSTS when the client came over HTTPS (as a TLS proxy reports it)', async () => {
    const answer = await get('/', { 'x-forwarded-proto': 'https' });
    expect(answer.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
  });

  test.each([
    ['/', "'self'"],
    ['/sandbox', "'self'"],
    ['/sandbox/account', "'self'"],
    ['/explainers/jwt-session-cookies', "'self'"],
    ['/embed/jwt-session-cookies', '*'],
  ])('%s: a CSP with object-src none, base-uri and form-action self, framing as allowed', async (path, ancestors) => {
    const csp = directives((await get(path)).headers.get('content-security-policy'));
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe(ancestors);
    expect(csp.get('default-src')).toBe("'self'");
    // No host allow-list and no eval in production: scripts come from our origin (and Next's inline payload).
    expect(csp.get('script-src')).toBe("'self' 'unsafe-inline'");
  });
});
