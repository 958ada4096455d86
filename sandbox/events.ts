// The sandbox's timeline: one entry per request, with what the browser was told
// (status, Set-Cookie attributes), what jose decided, and which lines of
// sandbox/ ran, so the page can link each entry to the lesson step showing them.
import { realNow } from './clock';
import { MAX_EVENTS, SANDBOX_TTL_MS } from './config';
import type { CookieView } from './cookies';
import { sandboxKeys, type Sandbox } from './sandbox-id';
import { store } from './store';

/** A region of a file under sandbox/ (see the `// #region` markers there). */
export interface Source {
  file: string;
  region: string;
}

const at = (file: string, region: string): Source => ({ file: `sandbox/${file}`, region });

/** Every region the timeline may name; tests check each one exists. */
export const SOURCES = {
  key: at('session.ts', 'key'),
  sign: at('session.ts', 'sign'),
  cookie: at('session.ts', 'cookie'),
  verify: at('session.ts', 'verify'),
  errors: at('session.ts', 'errors'),
  password: at('users.ts', 'password'),
  rateLimit: at('rate-limit.ts', 'window'),
  rotate: at('refresh.ts', 'rotate'),
  reuse: at('refresh.ts', 'reuse'),
  timeouts: at('refresh.ts', 'timeouts'),
  revoke: at('refresh.ts', 'revoke'),
  advance: at('clock.ts', 'advance'),
} as const satisfies Record<string, Source>;

/** What verification concluded, when a request carried a token. */
export interface Verdict {
  ok: boolean;
  /** Our code, e.g. token_expired. */
  error?: string;
  /** jose's code, e.g. ERR_JWT_EXPIRED, when jose rejected the token. */
  jose?: string;
}

export interface SandboxEvent {
  /** Increasing per sandbox: poll with ?since=<the last id seen>. */
  id: number;
  /** Real time, ms since the epoch. */
  at: number;
  /** Sandbox time in seconds (real time plus the fast-forward offset). */
  sandboxTime: number;
  method: string;
  path: string;
  status: number;
  /** The error code of a failed request. */
  error?: string;
  setCookies: CookieView[];
  verdict?: Verdict;
  source?: Source;
}

export type NewEvent = Omit<SandboxEvent, 'id' | 'at'>;

export async function recordEvent(sandbox: Sandbox, event: NewEvent): Promise<void> {
  const keys = sandboxKeys(sandbox.id);
  const { value: id } = await store().increment(keys.eventSeq, 1, SANDBOX_TTL_MS);
  await store().push<SandboxEvent>(keys.events, { id, at: realNow(), ...event }, MAX_EVENTS, SANDBOX_TTL_MS);
}

/** The newest events after `since`, oldest first. */
export async function eventsSince(sandbox: Sandbox, since: number): Promise<SandboxEvent[]> {
  const all = await store().list<SandboxEvent>(sandboxKeys(sandbox.id).events);
  return all.filter((event) => event.id > since).sort((a, b) => a.id - b.id);
}
