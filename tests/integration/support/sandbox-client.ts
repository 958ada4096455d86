// A sandbox visitor for the integration tests: its own cookie jar, its own
// client address (the test server trusts X-Forwarded-For), and same-origin
// JSON requests like the sandbox page makes.
import { inject } from 'vitest';
import { CookieJar } from './cookie-jar';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

let clients = 0;

export class SandboxClient {
  /** A distinct documentation-range address per client, so rate limits never collide. */
  ip = `198.51.100.${++clients % 250}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  /** Pass a jar to share cookies: a second tab, or someone who copied them; a base URL for another server. */
  constructor(
    readonly jar: CookieJar = new CookieJar(),
    readonly baseURL: string = inject('baseURL'),
  ) {}

  /** The same visitor (cookies and address) talking to another server. */
  at(baseURL: string): SandboxClient {
    const twin = new SandboxClient(this.jar, baseURL);
    twin.ip = this.ip;
    return twin;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const url = new URL(path, this.baseURL);
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip, origin: this.baseURL };
    const cookie = this.jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, options.headers);
    const response = await fetch(url, {
      method,
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
      redirect: 'manual',
    });
    this.jar.applyAll(response.headers, url);
    const text = await response.text();
    let body: unknown = text;
    if (response.headers.get('content-type')?.includes('application/json')) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: body as T };
  }

  get<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', `/api/sandbox/${path}`, { headers });
  }

  post<T = Record<string, unknown>>(path: string, json: unknown = {}, headers: Record<string, string> = {}) {
    return this.request<T>('POST', `/api/sandbox/${path}`, { json, headers });
  }

  login(email = 'ada@example.com', password = 'lovelace-1815') {
    return this.post('login', { email, password });
  }

  /** The access cookie, as the browser holds it. */
  get accessToken(): string | undefined {
    return this.jar.get('sandbox-access');
  }

  get refreshToken(): string | undefined {
    return this.jar.get('sandbox-refresh');
  }
}
