// "Copy as curl" for a timeline entry: the same request from a terminal, with
// the Origin the POST guard wants and placeholders for the httpOnly cookies the
// page cannot read (the inspector shows their values).
import type { SentRequest } from './types';
import { cookieNames } from './wire';

export interface CurlInput {
  method: string;
  /** The path as the timeline shows it, e.g. /api/sandbox/me. */
  path: string;
  origin: string;
  /** __Host-/__Secure- cookie names over HTTPS. */
  secure: boolean;
  body?: unknown;
}

/** Single-quoted for POSIX shells: a ' inside becomes '\''. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

function cookieHeader(path: string, secure: boolean): string {
  const { id, access, refresh } = cookieNames(secure);
  const cookies = [`${id}=<sandbox id>`, `${access}=<access token>`];
  // The refresh cookie's Path is the refresh route: the browser sends it nowhere else.
  if (path === '/api/sandbox/refresh') cookies.push(`${refresh}=<refresh token>`);
  return cookies.join('; ');
}

/** What a request of this path sends when the page's own copy of it is not known. */
export function exampleBody(path: string): unknown {
  switch (path) {
    case '/api/sandbox/login':
      return { email: 'ada@example.com', password: 'lovelace-1815' };
    case '/api/sandbox/verify':
      return { token: '<token>', kind: 'access' };
    case '/api/sandbox/clock':
      return { advanceSeconds: 30 };
    case '/api/sandbox/settings':
      return { mode: 'stateless' };
    default:
      return {};
  }
}

export function toCurl({ method, path, origin, secure, body }: CurlInput): string {
  const lines = [`curl -i -X ${method} ${shellQuote(origin + path)}`, `-H ${shellQuote(`Cookie: ${cookieHeader(path, secure)}`)}`];
  if (method === 'POST') {
    lines.push(`-H ${shellQuote(`Origin: ${origin}`)}`, `-H ${shellQuote('Content-Type: application/json')}`);
    lines.push(`--data-raw ${shellQuote(JSON.stringify(body ?? exampleBody(path)))}`);
  }
  return lines.join(' \\\n  ');
}

/** The page's own record of a request, matched to the timeline entry it became. */
export function bodyOf(sent: SentRequest | undefined): unknown {
  return sent?.method === 'POST' ? (sent.body ?? {}) : undefined;
}
