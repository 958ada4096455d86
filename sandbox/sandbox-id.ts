// Every visitor gets an isolated sandbox: a random id in its own httpOnly cookie,
// and under that id the settings, the clock offset, the timeline and the refresh
// families. Every key lives SANDBOX_TTL_MS after the sandbox was last used.
import { createHash } from 'node:crypto';
import { realNow, sandboxNow } from './clock';
import { DEFAULT_SETTINGS, MAX_CLOCK_OFFSET_SECONDS, SANDBOX_TTL_MS, type Settings } from './config';
import { SandboxError } from './errors';
import { store } from './store';

export interface Sandbox {
  id: string;
  /** A public name for this sandbox, put in its tokens (`sbx`): the id itself is its cookie's secret. */
  tag: string;
  settings: Settings;
  /** Seconds the sandbox clock is ahead of real time; only ever grows. */
  offset: number;
  /** Made by this request: its cookie must be set on the response. */
  isNew: boolean;
  /** False for a throwaway sandbox that is never written (a cookieless read). */
  stored: boolean;
  /** Sandbox time in seconds, read afresh on every call. */
  now(): number;
}

interface SandboxRecord {
  id: string;
  createdAt: number;
  settings: Settings;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The store keys of one sandbox. Families have their own keys, see refresh.ts. */
export const sandboxKeys = (id: string) => ({
  record: `sbx:${id}`,
  offset: `sbx:${id}:offset`,
  events: `sbx:${id}:events`,
  eventSeq: `sbx:${id}:seq`,
  families: `sbx:${id}:families`,
});

export function sandboxCookieName(secure: boolean): string {
  return secure ? '__Host-sandbox-id' : 'sandbox-id';
}

/**
 * A session cookie (no Max-Age): it lasts while the browser is open, and the
 * server forgets the sandbox after SANDBOX_TTL_MS idle; a fixed Max-Age would
 * cut off a reader who is still using it.
 */
export function sandboxIdCookie(id: string, secure: boolean): string {
  const flags = ['HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  return [`${sandboxCookieName(secure)}=${id}`, 'Path=/', ...flags].join('; ');
}

function newId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

/** Tags already hashed, by id: every request of a live sandbox needs its tag (bounded: cleared when full). */
const tags = new Map<string, string>();
const MAX_TAGS = 10_000;

/** The tag of a sandbox id: a hash, so a token shown to page scripts never reveals the id. */
export function sandboxTag(id: string): string {
  let tag = tags.get(id);
  if (tag === undefined) {
    tag = createHash('sha256').update(id).digest('base64url').slice(0, 22);
    if (tags.size >= MAX_TAGS) tags.clear();
    tags.set(id, tag);
  }
  return tag;
}

function view(record: SandboxRecord, offset: number, isNew: boolean, stored = true): Sandbox {
  return { id: record.id, tag: sandboxTag(record.id), settings: record.settings, offset, isNew, stored, now: () => sandboxNow(offset) };
}

/** A live sandbox's keys are renewed at most this often: most requests then only read. */
const KEEP_ALIVE_EVERY_MS = 60_000;

/** An existing sandbox, kept alive for another TTL, or undefined (nothing is created). */
export async function findSandbox(id: string | undefined, keepAlive = true): Promise<Sandbox | undefined> {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const keys = sandboxKeys(id);
  const [record, offset, expiresAt] = await Promise.all([
    store().get<SandboxRecord>(keys.record),
    store().get<number>(keys.offset),
    store().expiresAt(keys.record),
  ]);
  if (!record) return undefined;
  if (keepAlive && (expiresAt ?? 0) - realNow() < SANDBOX_TTL_MS - KEEP_ALIVE_EVERY_MS) {
    await Promise.all(Object.values(keys).map((key) => store().touch(key, SANDBOX_TTL_MS)));
  }
  return view(record, offset ?? 0, false);
}

/** A brand-new sandbox with default settings and a clock at real time. */
export async function createSandbox(): Promise<Sandbox> {
  const record: SandboxRecord = { id: newId(), createdAt: realNow(), settings: { ...DEFAULT_SETTINGS } };
  await store().set(sandboxKeys(record.id).record, record, SANDBOX_TTL_MS);
  return view(record, 0, true);
}

/** A sandbox that is never stored (a cookieless read, a page): real time, default settings. */
export function transientSandbox(): Sandbox {
  return view({ id: newId(), createdAt: realNow(), settings: { ...DEFAULT_SETTINGS } }, 0, false, false);
}

/** The visitor's sandbox if the cookie names a live one, a new one otherwise. */
export async function openSandbox(id: string | undefined): Promise<Sandbox> {
  return (await findSandbox(id)) ?? createSandbox();
}

/** For reads: the visitor's sandbox, or a throwaway one; a read never writes a new sandbox. */
export async function peekSandbox(id: string | undefined): Promise<Sandbox> {
  return (await findSandbox(id)) ?? transientSandbox();
}

export async function saveSettings(sandbox: Sandbox, settings: Settings): Promise<void> {
  const key = sandboxKeys(sandbox.id).record;
  const record = await store().get<SandboxRecord>(key);
  if (record) await store().set(key, { ...record, settings }, SANDBOX_TTL_MS);
}

/**
 * Moves the clock forward (an atomic add, so two fast-forwards both count); the new
 * offset. An add that would pass MAX_CLOCK_OFFSET_SECONDS is taken back and refused:
 * however often a reader fast-forwards, no token is signed further ahead than that.
 */
export async function advanceClock(sandbox: Sandbox, seconds: number): Promise<number> {
  const key = sandboxKeys(sandbox.id).offset;
  const { value } = await store().increment(key, seconds, SANDBOX_TTL_MS);
  if (value > MAX_CLOCK_OFFSET_SECONDS) {
    await store().increment(key, -seconds, SANDBOX_TTL_MS);
    throw new SandboxError(
      'bad_request',
      `The sandbox clock runs at most ${MAX_CLOCK_OFFSET_SECONDS / 86_400} days ahead (it is ${value - seconds} s ahead now): reset the sandbox to start over.`,
    ).about('advanceSeconds');
  }
  return value;
}
