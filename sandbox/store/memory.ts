// The embedded store: a Map in this process. Entries expire by TTL (checked on
// access and swept when the store is full) and the whole store is bounded, so
// abandoned sandboxes cannot grow memory without limit. Each method runs to
// completion without awaiting, which is what makes it atomic in one process.
import { MAX_STORE_KEYS } from '../config';
import type { Store } from './types';

interface Entry {
  value: unknown;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  maxKeys?: number;
  /** Milliseconds since the epoch; injectable so tests can move time. */
  now?: () => number;
}

export class MemoryStore implements Store {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor({ maxKeys = MAX_STORE_KEYS, now = Date.now }: MemoryStoreOptions = {}) {
    this.maxKeys = maxKeys;
    this.now = now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.live(key);
    return entry ? (structuredClone(entry.value) as T) : undefined;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.write(key, structuredClone(value), ttlMs);
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, structuredClone(value), ttlMs);
    return true;
  }

  async expiresAt(key: string): Promise<number | undefined> {
    return this.live(key)?.expiresAt;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<{ value: number; expiresAt: number }> {
    const entry = this.live(key);
    const value = (typeof entry?.value === 'number' ? entry.value : 0) + by;
    const expiresAt = entry ? entry.expiresAt : this.now() + ttlMs;
    this.write(key, value, expiresAt - this.now());
    return { value, expiresAt };
  }

  async push<T>(key: string, item: T, max: number, ttlMs: number): Promise<void> {
    const current = this.live(key)?.value;
    const items = Array.isArray(current) ? current : [];
    items.push(structuredClone(item));
    this.write(key, items.slice(-max), ttlMs);
  }

  async list<T>(key: string): Promise<T[]> {
    const value = this.live(key)?.value;
    return Array.isArray(value) ? (structuredClone(value) as T[]) : [];
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    const entry = this.live(key);
    if (entry) this.write(key, entry.value, ttlMs);
  }

  /** The entry if it exists and has not expired; expired ones are dropped on sight. */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Writes move a key to the back of the Map, so the front is always the least recently written. */
  private write(key: string, value: unknown, ttlMs: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxKeys) this.makeRoom();
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  private makeRoom(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Still full: forget the least recently written keys, a tenth at a time.
    if (this.entries.size < this.maxKeys) return;
    let excess = Math.max(1, Math.ceil(this.maxKeys / 10));
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
