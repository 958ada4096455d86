// Every visitor gets an isolated sandbox: a random id in its own httpOnly cookie,
// and under that id the settings, the clock offset, the timeline and the refresh
// families. Every key lives SANDBOX_TTL_MS after the sandbox was last used.
import { realNow, sandboxNow } from './clock';
import { DEFAULT_SETTINGS, SANDBOX_TTL_MS, type Settings } from './config';
import { store } from './store';

export interface Sandbox {
  id: string;
  settings: Settings;
  /** Seconds the sandbox clock is ahead of real time; only ever grows. */
  offset: number;
  /** Made by this request: its cookie must be set on the response. */
  isNew: boolean;
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

function view(record: SandboxRecord, offset: number, isNew: boolean): Sandbox {
  return { id: record.id, settings: record.settings, offset, isNew, now: () => sandboxNow(offset) };
}

/** An existing sandbox, kept alive for another TTL, or undefined (nothing is created). */
export async function findSandbox(id: string | undefined, keepAlive = true): Promise<Sandbox | undefined> {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const keys = sandboxKeys(id);
  const record = await store().get<SandboxRecord>(keys.record);
  if (!record) return undefined;
  if (keepAlive) await Promise.all(Object.values(keys).map((key) => store().touch(key, SANDBOX_TTL_MS)));
  return view(record, (await store().get<number>(keys.offset)) ?? 0, false);
}

/** A brand-new sandbox with default settings and a clock at real time. */
export async function createSandbox(): Promise<Sandbox> {
  const record: SandboxRecord = { id: newId(), createdAt: realNow(), settings: { ...DEFAULT_SETTINGS } };
  await store().set(sandboxKeys(record.id).record, record, SANDBOX_TTL_MS);
  return view(record, 0, true);
}

/** A sandbox that is not stored (pages cannot set its cookie): real time, default settings. */
export function transientSandbox(): Sandbox {
  return view({ id: newId(), createdAt: realNow(), settings: { ...DEFAULT_SETTINGS } }, 0, true);
}

/** The visitor's sandbox if the cookie names a live one, a new one otherwise. */
export async function openSandbox(id: string | undefined): Promise<Sandbox> {
  return (await findSandbox(id)) ?? createSandbox();
}

export async function saveSettings(sandbox: Sandbox, settings: Settings): Promise<void> {
  const key = sandboxKeys(sandbox.id).record;
  const record = await store().get<SandboxRecord>(key);
  if (record) await store().set(key, { ...record, settings }, SANDBOX_TTL_MS);
}

/** Moves the clock forward (an atomic add, so two fast-forwards both count); the new offset. */
export async function advanceClock(sandbox: Sandbox, seconds: number): Promise<number> {
  const { value } = await store().increment(sandboxKeys(sandbox.id).offset, seconds, SANDBOX_TTL_MS);
  return value;
}
