// The embedded store: a Map in this process. Entries expire by TTL (checked on
// access and swept when the store is full) and the whole store is bounded in keys
// and in bytes, so abandoned sandboxes cannot grow memory without limit; when full,
// the least recently used keys go first (a read counts as a use, so a sandbox a
// reader is looking at outlives a flood of new ones). A use is a stamp on the
// entry, not a move within the Map: deleting and re-adding a key on every read
// was the store's largest cost on `/me`. Eviction, which is rare, walks the Map
// from the front and gives an entry used since it was placed a second chance at
// the back (the CLOCK scheme), so it costs what it removes, never a sort. Each
// method runs to completion without awaiting, which is what makes it atomic in
// one process.
// Values are kept as JSON text, as Redis keeps them: a reader gets its own copy,
// the size is the text's length, and a long-lived timeline is a few flat strings
// for the garbage collector rather than a graph of small objects.
import { MAX_STORE_BYTES, MAX_STORE_KEYS } from '../config';
import type { Store } from './types';

interface Entry {
  /** A value's JSON text, or a list's items as JSON texts. */
  value: string | string[];
  expiresAt: number;
  /** Roughly what the entry costs: the key and the JSON text. */
  bytes: number;
  /** When it was last read or written, in the store's own count of uses. */
  usedAt: number;
  /** When it was put where it is in the Map (created, or moved back by eviction). */
  placedAt: number;
}

export interface MemoryStoreOptions {
  maxKeys?: number;
  maxBytes?: number;
  /** Milliseconds since the epoch; injectable so tests can move time. */
  now?: () => number;
}

/** JSON text for a value; `undefined` (which JSON cannot say) is stored as null, as a Redis client would refuse it. */
const textOf = (value: unknown) => JSON.stringify(value) ?? 'null';

export class MemoryStore implements Store {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private totalBytes = 0;
  private uses = 0;

  constructor({ maxKeys = MAX_STORE_KEYS, maxBytes = MAX_STORE_BYTES, now = Date.now }: MemoryStoreOptions = {}) {
    this.maxKeys = maxKeys;
    this.maxBytes = maxBytes;
    this.now = now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Roughly how many bytes the entries hold. */
  get bytes(): number {
    return this.totalBytes;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const value = this.live(key)?.value;
    return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    const text = textOf(value);
    this.write(key, text, this.now() + ttlMs, key.length + text.length);
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async expiresAt(key: string): Promise<number | undefined> {
    return this.live(key)?.expiresAt;
  }

  async delete(key: string): Promise<void> {
    this.remove(key);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<{ value: number; expiresAt: number }> {
    const entry = this.live(key);
    const current = typeof entry?.value === 'string' ? Number(entry.value) : 0;
    const value = (Number.isFinite(current) ? current : 0) + by;
    const expiresAt = entry ? entry.expiresAt : this.now() + ttlMs;
    const text = String(value);
    this.write(key, text, expiresAt, key.length + text.length);
    return { value, expiresAt };
  }

  async push<T>(key: string, item: T, max: number, ttlMs: number): Promise<void> {
    const entry = this.live(key);
    const items = Array.isArray(entry?.value) ? entry.value : [];
    let bytes = items.length && entry ? entry.bytes : key.length;
    const text = textOf(item);
    items.push(text);
    bytes += text.length;
    // Trimmed in place: the list is this entry's own, and copying it on every push would cost a whole list per request.
    for (const dropped of items.splice(0, Math.max(0, items.length - max))) bytes -= dropped.length;
    this.write(key, items, this.now() + ttlMs, bytes);
  }

  async list<T>(key: string): Promise<T[]> {
    const value = this.live(key)?.value;
    return Array.isArray(value) ? value.map((text) => JSON.parse(text) as T) : [];
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    const entry = this.live(key);
    if (entry) entry.expiresAt = this.now() + ttlMs;
  }

  /** The live entry, stamped as the most recently used; expired ones are dropped on sight. */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    entry.usedAt = ++this.uses;
    return entry;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  /** A write is a use too; an existing key's entry is updated where it is. */
  private write(key: string, value: string | string[], expiresAt: number, bytes: number): void {
    const entry = this.entries.get(key);
    if (entry) {
      this.totalBytes += bytes - entry.bytes;
      entry.value = value;
      entry.expiresAt = expiresAt;
      entry.bytes = bytes;
      entry.usedAt = ++this.uses;
    } else {
      const use = ++this.uses;
      this.entries.set(key, { value, expiresAt, bytes, usedAt: use, placedAt: use });
      this.totalBytes += bytes;
    }
    if (this.entries.size > this.maxKeys || this.totalBytes > this.maxBytes) this.makeRoom();
  }

  /** Expired keys first; still full, the least recently used (by second chance), down to nine tenths of each bound. */
  private makeRoom(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.remove(key);
    const keys = Math.floor(this.maxKeys * 0.9);
    const bytes = Math.floor(this.maxBytes * 0.9);
    if (this.entries.size <= this.maxKeys && this.totalBytes <= this.maxBytes) return;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= keys && this.totalBytes <= bytes) break;
      if (entry.usedAt > entry.placedAt) {
        // Used since it was placed: to the back, where this walk meets it again only if all else is gone.
        entry.placedAt = entry.usedAt;
        this.entries.delete(key);
        this.entries.set(key, entry);
      } else {
        this.remove(key);
      }
    }
  }
}
