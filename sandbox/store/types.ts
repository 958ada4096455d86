// The one storage interface the sandbox uses. It is shaped like a handful of
// Redis commands so a Redis store (REDIS_URL) can implement it one-for-one and
// several server processes can share one state. Every method is async for that
// reason, and each is atomic on its own: callers never read-modify-write a value
// that another request may be changing at the same time.

export interface Store {
  /** GET. Undefined when missing or expired. */
  get<T>(key: string): Promise<T | undefined>;
  /** SET key value PX ttl. */
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  /**
   * SET key value NX PX ttl: true for the first caller only. This is how a
   * refresh token is redeemed exactly once, however many requests race for it.
   */
  setIfAbsent<T>(key: string, value: T, ttlMs: number): Promise<boolean>;
  /** PTTL, as a time: when the key expires (ms since the epoch), or undefined when missing. */
  expiresAt(key: string): Promise<number | undefined>;
  /** DEL. */
  delete(key: string): Promise<void>;
  /** INCRBY, starting from 0; the TTL is set when the key is created (PEXPIRE NX). */
  increment(key: string, by: number, ttlMs: number): Promise<{ value: number; expiresAt: number }>;
  /** RPUSH + LTRIM to the newest `max` items + PEXPIRE. */
  push<T>(key: string, item: T, max: number, ttlMs: number): Promise<void>;
  /** LRANGE 0 -1, oldest first. */
  list<T>(key: string): Promise<T[]>;
  /** PEXPIRE: keep a live key alive for another ttl. */
  touch(key: string, ttlMs: number): Promise<void>;
}
