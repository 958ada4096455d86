// /sandbox/account: the proxy's optimistic check, then the page's real one.
import { describe, expect, it } from 'vitest';
import { editPayload, forge } from '../support/forge';
import { SandboxClient } from '../support/sandbox-client';

async function account(client: SandboxClient, headers: Record<string, string> = {}) {
  return client.request('GET', '/sandbox/account', { headers });
}

describe('GET /sandbox/account', () => {
  it('without a session cookie the proxy redirects to /sandbox', async () => {
    const answer = await account(new SandboxClient());
    expect(answer.status).toBe(307);
    expect(new URL(answer.headers.get('location')!, 'http://x').pathname).toBe('/sandbox');
  });

  it('a cookie that does not look like a JWT is redirected too', async () => {
    const client = new SandboxClient();
    client.jar.set('sandbox-access', 'not-a-jwt');
    expect((await account(client)).status).toBe(307);
  });

  it('x-middleware-subrequest does not skip the proxy, and would not get an account anyway', async () => {
    const header = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware' };
    const answer = await account(new SandboxClient(), header);
    expect(answer.status).toBe(307);
    // A JWT-shaped forgery passes the optimistic proxy; the page verifies and refuses it.
    const client = new SandboxClient();
    client.jar.set('sandbox-access', editPayload(await forge(), { role: 'admin', email: 'mallory@example.com' }));
    const page = await account(client, header);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-session="refused"');
    expect(page.body).toContain('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    expect(page.body).not.toContain('mallory@example.com');
  });

  it('an expired token passes the proxy, and the page says it did not verify', async () => {
    const client = new SandboxClient();
    await client.login();
    await client.post('clock', { advanceSeconds: 31 });
    const page = await account(client);
    expect(page.body).toContain('data-session="refused"');
    expect(page.body).toContain('ERR_JWT_EXPIRED');
    expect(page.body).not.toContain('ada@example.com');
  });

  it('with a real session the page verifies again and shows the account, saying the proxy was optimistic', async () => {
    const client = new SandboxClient();
    await client.login();
    const page = await account(client);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-session="verified"');
    expect(page.body).toContain('ada@example.com');
    expect(page.body).toMatch(/optimistic/);
    expect(page.body).toMatch(/verified the token again/);
    const events = await client.get<{ events: { path: string; source?: { region: string } }[] }>('events');
    expect(events.body.events.at(-1)).toMatchObject({ path: '/sandbox/account', source: { region: 'verify' } });
  });
});
