// The guards in front of every POST, and the promise that no input yields a 500.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect-error';
import { SandboxClient } from '../support/sandbox-client';

const POST_ROUTES = ['login', 'refresh', 'logout', 'verify', 'clock', 'settings', 'reset'];

/** A POST whose body is streamed in chunks with no Content-Length (Transfer-Encoding: chunked). */
function chunkedPost(baseURL: string, path: string, chunks: string[]): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseURL, 'x-forwarded-for': `chunked-${Math.random()}` },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    // The server may answer 413 and close before the last chunk: that is the point.
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe.each(POST_ROUTES)('POST /api/sandbox/%s', (route) => {
  it('from a foreign Origin → 403 cross_site_request', async () => {
    expectError(await new SandboxClient().post(route, {}, { origin: 'https://evil.example' }), 403, 'cross_site_request');
  });

  it('not JSON → 415 unsupported_media_type', async () => {
    const answer = await new SandboxClient().request('POST', `/api/sandbox/${route}`, {
      body: 'email=ada@example.com',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectError(answer, 415, 'unsupported_media_type');
  });

  it('a body over 8 KB → 413 payload_too_large', async () => {
    expectError(await new SandboxClient().post(route, { pad: 'x'.repeat(9000) }), 413, 'payload_too_large');
  });

  it('malformed JSON → 400 bad_request', async () => {
    const answer = await new SandboxClient().request('POST', `/api/sandbox/${route}`, {
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expectError(answer, 400, 'bad_request');
  });

  it('GET → 405 method_not_allowed, as JSON', async () => {
    const answer = await new SandboxClient().get(route);
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

describe('guards that do not trust the client', () => {
  it('counts the bytes of a chunked body without Content-Length → 413', async () => {
    const baseURL = new SandboxClient().baseURL;
    const answer = await chunkedPost(baseURL, '/api/sandbox/verify', ['{"token":"', ...Array.from({ length: 10 }, () => 'x'.repeat(1000)), '"}']);
    expect([answer.status, answer.body.error]).toEqual([413, 'payload_too_large']);
  });

  it.each(['me', 'state', 'events'])('POST /api/sandbox/%s → 405 method_not_allowed, as JSON', async (route) => {
    const answer = await new SandboxClient().post(route);
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('GET');
  });

  it('GET /api/sandbox/logout → 405, and the session survives it', async () => {
    const client = new SandboxClient();
    await client.login();
    expectError(await client.request('GET', '/api/sandbox/logout'), 405, 'method_not_allowed');
    expect((await client.get('me')).status).toBe(200);
  });

  it('a refresh cookie over 4 KB → 400 bad_request', async () => {
    const client = new SandboxClient();
    client.jar.set('sandbox-refresh', 'x'.repeat(5000), '/api/sandbox/refresh');
    expectError(await client.post('refresh'), 400, 'bad_request');
  });

  it('no input yields a 500', async () => {
    const client = new SandboxClient();
    const bodies = ['null', '[]', '"x"', '1e999', '{"__proto__":{"a":1}}', '\u0000', '{"token":null}', '{"advanceSeconds":1e308}', '{"mode":{}}'];
    for (const route of POST_ROUTES) {
      for (const body of bodies) {
        const answer = await client.request('POST', `/api/sandbox/${route}`, { body, headers: { 'content-type': 'application/json' } });
        expect(answer.status, `${route} ${body}`).toBeLessThan(500);
        expect(typeof answer.body.error === 'string' || answer.status === 200, `${route} ${body}`).toBe(true);
      }
    }
    for (const since of ['-1', 'abc', '1e5', '99999999999999999999']) {
      expect((await client.get(`events?since=${since}`)).status).toBe(400);
    }
    client.jar.set('sandbox-id', '../../etc/passwd');
    expect((await client.get('state')).status).toBe(200);
  });
});
