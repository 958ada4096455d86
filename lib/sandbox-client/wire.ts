// One request as a reader would draw it on a whiteboard: what left the browser
// (method, path, the cookies that travelled with it), what came back (status,
// Set-Cookie) and what jose decided, plus the same as one sentence for screen
// readers. Cookie rules: the id and access cookies have Path=/, so they go
// everywhere under the site; the refresh cookie's Path is the refresh route, the
// device cookie's the login route.
import { DEVICE_COOKIE_PATH, REFRESH_COOKIE_PATH } from '@/sandbox/config';
import { markOf, type Mark, type TimelineItem } from './timeline';
import type { Verdict } from './types';
import { plural } from './words';

/** "a", "a and b", "a, b and c". */
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export function cookieNames(secure: boolean) {
  return {
    id: secure ? '__Host-sandbox-id' : 'sandbox-id',
    access: secure ? '__Host-sandbox-access' : 'sandbox-access',
    refresh: secure ? '__Secure-sandbox-refresh' : 'sandbox-refresh',
    device: secure ? '__Secure-sandbox-device' : 'sandbox-device',
  };
}

export interface WireView {
  id: number;
  request: string;
  /** The cookies that travelled, or null when the page did not send it and cannot know. */
  cookies: string[] | null;
  /** A token the page put in the body (a replay). */
  bodyToken: boolean;
  status: number;
  error?: string;
  setCookies: { name: string; cleared: boolean; attributes: string }[];
  verdict?: Verdict;
  mark: Mark;
  sentence: string;
}

export function wireOf(item: TimelineItem, secure: boolean): WireView {
  const { event, sent } = item;
  const names = cookieNames(secure);
  const cookies = sent?.held
    ? [
        names.id,
        ...(sent.held.access ? [names.access] : []),
        ...(sent.held.refresh && event.path === REFRESH_COOKIE_PATH ? [names.refresh] : []),
        ...(sent.held.device && event.path === DEVICE_COOKIE_PATH ? [names.device] : []),
      ]
    : null;
  const body = sent?.body && typeof sent.body === 'object' ? (sent.body as Record<string, unknown>) : {};
  const bodyToken = typeof body.token === 'string';
  const setCookies = event.setCookies.map((c) => ({
    name: c.name,
    cleared: c.cleared,
    attributes: [c.path ? `Path=${c.path}` : null, c.httpOnly ? 'HttpOnly' : null, c.sameSite ? `SameSite=${c.sameSite}` : null, c.secure ? 'Secure' : null].filter(Boolean).join('; '),
  }));
  const request = `${event.method} ${event.path}`;
  const sentWords = cookies === null ? '' : cookies.length ? ` with ${plural(cookies.length, 'cookie')}: ${cookies.join(', ')}` : ' with no cookies';
  const setWords = setCookies.length
    ? ` It set ${list(setCookies.map((c) => `${c.name}${c.cleared ? ' (cleared)' : ''}`))}.`
    : ' No Set-Cookie.';
  const verdictWords = event.verdict ? (event.verdict.ok ? ' jose verified the token.' : ` The token was rejected: ${event.verdict.jose ?? event.verdict.error ?? 'invalid'}.`) : '';
  const sentence = `The browser sent ${request}${sentWords}${bodyToken ? ', and a token in the body' : ''}. The server answered ${event.status}${event.error ? ` ${event.error}` : ''}.${setWords}${verdictWords}`;
  return {
    id: event.id,
    request,
    cookies,
    bodyToken,
    status: event.status,
    ...(event.error ? { error: event.error } : {}),
    setCookies,
    ...(event.verdict ? { verdict: event.verdict } : {}),
    mark: markOf(event),
    sentence,
  };
}

/** Which entry the wire view shows: the picked one while it is still kept, else the newest (-1 when there is none). */
export function shownIndex(items: readonly TimelineItem[], pick: number | null): number {
  const picked = pick === null ? -1 : items.findIndex((item) => item.event.id === pick);
  return picked >= 0 ? picked : items.length - 1;
}
