// A small, honest cookie jar for the integration tests: it keeps what Set-Cookie
// says (Path, Max-Age, Expires, Secure, the __Host-/__Secure- prefix rules) and
// sends back only what a browser would for a given URL. Host-only cookies; one host.

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  /** ms since the epoch; undefined for a session cookie. */
  expiresAt?: number;
}

function defaultPath(url: URL): string {
  const dir = url.pathname.slice(0, url.pathname.lastIndexOf('/'));
  return dir.startsWith('/') && dir !== '' ? dir : '/';
}

/** RFC 6265 §5.1.4: the request path equals the cookie path or continues it after a "/". */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Apply one Set-Cookie header as received from `url`; a refused cookie is ignored, as browsers do. */
  apply(header: string, url: URL): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const cookie: StoredCookie = { name: pair.slice(0, eq), value: pair.slice(eq + 1), path: defaultPath(url), secure: false, httpOnly: false };
    let domain = false;
    let maxAge: number | undefined;
    let expires: number | undefined;
    for (const attribute of attributes) {
      const at = attribute.indexOf('=');
      const key = (at < 0 ? attribute : attribute.slice(0, at)).toLowerCase();
      const value = at < 0 ? '' : attribute.slice(at + 1);
      if (key === 'path' && value.startsWith('/')) cookie.path = value;
      else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
      else if (key === 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value);
      else if (key === 'secure') cookie.secure = true;
      else if (key === 'httponly') cookie.httpOnly = true;
      else if (key === 'samesite') cookie.sameSite = value;
      else if (key === 'domain') domain = true;
    }
    if (cookie.secure && url.protocol !== 'https:') return; // a Secure cookie from an http answer is refused
    if (cookie.name.startsWith('__Secure-') && !cookie.secure) return;
    if (cookie.name.startsWith('__Host-') && (!cookie.secure || domain || cookie.path !== '/')) return;
    // Max-Age wins over Expires; either in the past deletes the cookie.
    if (maxAge !== undefined) cookie.expiresAt = this.now() + maxAge * 1000;
    else if (expires !== undefined) cookie.expiresAt = expires;
    this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.path === cookie.path));
    if (cookie.expiresAt === undefined || cookie.expiresAt > this.now()) this.cookies.push(cookie);
  }

  applyAll(headers: Headers, url: URL): void {
    for (const header of headers.getSetCookie()) this.apply(header, url);
  }

  /** The Cookie header a browser would send to `url`: longest paths first. */
  header(url: URL): string {
    return this.live()
      .filter((c) => pathMatches(url.pathname, c.path) && (!c.secure || url.protocol === 'https:'))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** A cookie's value, as the browser holds it (whatever its path). */
  get(name: string): string | undefined {
    return this.live().find((c) => c.name === name)?.value;
  }

  /** Put a cookie in by hand, e.g. a forged token, as devtools would. */
  set(name: string, value: string, path = '/'): void {
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
    this.cookies.push({ name, value, path, secure: false, httpOnly: true });
  }

  /** A copy holding the same cookies (a second tab, or an attacker who copied them). */
  clone(): CookieJar {
    const copy = new CookieJar(this.now);
    copy.cookies = this.cookies.map((c) => ({ ...c }));
    return copy;
  }

  private live(): StoredCookie[] {
    const now = this.now();
    this.cookies = this.cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    return this.cookies;
  }
}
