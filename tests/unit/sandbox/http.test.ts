import { describe, expect, it } from 'vitest';
import { checkJsonType, checkOrigin, methodNotAllowed, readBody, route } from '@/sandbox/http';
import { json } from '@/sandbox/http';
import { generateKeyPair } from 'jose';
import { forgetSessionKey } from '@/sandbox/key';
import { startFamily } from '@/sandbox/refresh';
import { me } from '@/sandbox/routes/me';
import { findUser } from '@/sandbox/users';
import { freshWorld } from './world';

const URL_ = 'http://localhost:3000/api/sandbox/login';

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(URL_, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/json', ...headers },
    body,
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: 'half',
  });
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe('the origin guard', () => {
  it('lets same-origin and Origin-less requests through', () => {
    expect(codeOf(() => checkOrigin(post('{}')))).toBeUndefined();
    const noOrigin = new Request(URL_, { method: 'POST', headers: { host: 'localhost:3000' } });
    expect(codeOf(() => checkOrigin(noOrigin))).toBeUndefined();
  });

  it.each(['https://evil.example', 'http://localhost:4000', 'null', 'garbage'])('refuses Origin %s with 403', (origin) => {
    expect(codeOf(() => checkOrigin(post('{}', { origin })))).toBe('cross_site_request');
  });

  it('refuses a cross-site request that sent no Origin but did send Fetch Metadata', () => {
    const request = new Request(URL_, { method: 'POST', headers: { host: 'localhost:3000', 'sec-fetch-site': 'cross-site' } });
    expect(codeOf(() => checkOrigin(request))).toBe('cross_site_request');
  });

  it('behind a trusted proxy compares with the host the browser used (X-Forwarded-Host)', () => {
    const request = post('{}', { host: 'app-internal:3000', 'x-forwarded-host': 'stepwise.example', origin: 'https://stepwise.example' });
    expect(codeOf(() => checkOrigin(request, { TRUST_PROXY: '1' }))).toBeUndefined();
    expect(codeOf(() => checkOrigin(request, {}))).toBe('cross_site_request');
  });
});

describe('the content-type guard', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('accepts %s', (type) => {
    expect(codeOf(() => checkJsonType(post('{}', { 'content-type': type })))).toBeUndefined();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])('refuses "%s" with 415', (type) => {
    expect(codeOf(() => checkJsonType(post('{}', { 'content-type': type })))).toBe('unsupported_media_type');
  });
});

describe('reading the body', () => {
  it('reads up to 8 KB', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(8000) });
    expect(await readBody(post(body))).toBe(body);
  });

  it('refuses a larger body by its Content-Length before reading', async () => {
    await expect(readBody(post('{}', { 'content-length': '9000' }))).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  it('counts bytes as they arrive when no Content-Length says how many', async () => {
    const chunks = Array.from({ length: 10 }, () => new TextEncoder().encode('x'.repeat(1000)));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const request = post(stream);
    expect(request.headers.get('content-length')).toBeNull();
    await expect(readBody(request)).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses bytes that are not UTF-8 with 400', async () => {
    await expect(readBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('a wrapped route', () => {
  const echo = route({ method: 'POST', record: true }, async (ctx) => json({ body: ctx.body }));
  const broken = route({ method: 'POST', record: false }, async () => {
    throw new Error('a bug');
  });

  it('answers each guard with its JSON error, in order', async () => {
    freshWorld();
    const cases: [Request, number, string][] = [
      [post('{}', { origin: 'https://evil.example', 'content-type': 'text/plain' }), 403, 'cross_site_request'],
      [post('{}', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type'],
      [post('x'.repeat(9000)), 413, 'payload_too_large'],
      [post('{"email":'), 400, 'bad_request'],
    ];
    for (const [request, status, error] of cases) {
      const response = await echo(request);
      expect([response.status, (await response.json()).error]).toEqual([status, error]);
      expect(response.headers.get('content-type')).toContain('application/json');
    }
  });

  it('a cookieless read writes nothing to the store and sets no cookie', async () => {
    const world = freshWorld();
    const read = route({ method: 'GET', record: true }, async (ctx) => json({ stored: ctx.sandbox.stored }));
    for (let i = 0; i < 20; i++) {
      const response = await read(new Request('http://localhost:3000/api/sandbox/me'));
      expect(await response.json()).toEqual({ stored: false });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(world.store.size).toBe(0);
  });

  it('closes the connection with a 413: the unread rest of the body would poison it', async () => {
    freshWorld();
    const response = await echo(post('x'.repeat(9000)));
    expect([response.status, response.headers.get('connection')]).toEqual([413, 'close']);
  });

  it('answers a TypeError from jose (our own key is broken) with a logged 500 server_error that echoes nothing', async () => {
    const world = freshWorld();
    const sandbox = await world.sandbox();
    const { access } = await startFamily(sandbox, findUser('ada')!);
    const { publicKey } = await generateKeyPair('RS256');
    (globalThis as { __stepwiseSessionKey?: Promise<CryptoKey> }).__stepwiseSessionKey = Promise.resolve(publicKey);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const response = await me(new Request('http://localhost:3000/api/sandbox/me', { headers: { cookie: `sandbox-id=${sandbox.id}; sandbox-access=${access.token}` } }));
      const body = await response.json();
      expect([response.status, body.error]).toEqual([500, 'server_error']);
      expect(JSON.stringify(body)).not.toMatch(/CryptoKey|type|RSA/i);
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      console.error = original;
      forgetSessionKey();
    }
  });

  it('passes the parsed body, an empty one as {}, and sets the new sandbox cookie', async () => {
    freshWorld();
    const response = await echo(post(''));
    expect(await response.json()).toEqual({ body: {} });
    expect(response.headers.get('set-cookie')).toMatch(/^sandbox-id=[\w-]{22}; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('uses __Host- and Secure when the request came over HTTPS', async () => {
    freshWorld();
    const response = await echo(post('{}', { 'x-forwarded-proto': 'https' }));
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-sandbox-id=.*; Secure$/);
  });

  it('turns a bug into a logged JSON 500, never an HTML page', async () => {
    freshWorld();
    const original = console.error;
    console.error = () => undefined;
    try {
      const response = await broken(post('{}'));
      expect(response.status).toBe(500);
      expect((await response.json()).error).toBe('server_error');
    } finally {
      console.error = original;
    }
  });

  it('answers other methods on a POST route with a JSON 405 and Allow: POST', async () => {
    const response = await methodNotAllowed(new Request(URL_));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).error).toBe('method_not_allowed');
  });
});
