// Reading the request's cookies. Only the sandbox's own cookies matter here,
// and each of them is refused when over 4 KB: no honest token is that big.
import { LIMITS } from './config';
import { SandboxError } from './errors';

/** name → value, first occurrence wins (as browsers order the most specific path first). */
export function parseCookies(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!jar.has(name)) jar.set(name, pair.slice(eq + 1).trim());
  }
  return jar;
}

/** A sandbox cookie's value, or a 400 when it is larger than any token we issue. */
export function readCookie(jar: Map<string, string>, name: string): string | undefined {
  const value = jar.get(name);
  if (value !== undefined && new TextEncoder().encode(value).length > LIMITS.cookieBytes) {
    throw new SandboxError('bad_request', `The ${name} cookie is larger than ${LIMITS.cookieBytes} bytes.`);
  }
  return value || undefined;
}

export interface CookieView {
  name: string;
  /** Shortened: enough to tell tokens apart, never the whole value. */
  value: string;
  path?: string;
  maxAge?: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  /** Max-Age=0: the server told the browser to delete it. */
  cleared: boolean;
}

export function shorten(value: string): string {
  return value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value;
}

/** A Set-Cookie header as the timeline shows it: the attributes, the value shortened. */
export function describeSetCookie(header: string): CookieView {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const view: CookieView = {
    name: eq >= 0 ? pair.slice(0, eq) : pair,
    value: shorten(eq >= 0 ? pair.slice(eq + 1) : ''),
    httpOnly: false,
    secure: false,
    cleared: false,
  };
  for (const attribute of attributes) {
    const [key = '', val = ''] = attribute.split('=');
    const lower = key.toLowerCase();
    if (lower === 'path') view.path = val;
    else if (lower === 'max-age') view.maxAge = Number(val);
    else if (lower === 'httponly') view.httpOnly = true;
    else if (lower === 'secure') view.secure = true;
    else if (lower === 'samesite') view.sameSite = val;
  }
  view.cleared = view.maxAge === 0;
  return view;
}
