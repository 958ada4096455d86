// The shared store: Redis, for several server processes behind a load balancer.
// Every key is namespaced and written with a TTL; multi-step operations are one
// MULTI or one Lua script, so they stay atomic however many processes race.
// node-redis sends the commands of one tick together (auto-pipelining), so the
// Promise.all()s in sandbox/ cost one round trip. When Redis is unreachable,
// every call fails fast (no offline queue, a command timeout) with a 503
// store_unavailable, and the client reconnects on its own.
import { createClient, type RedisClientType } from 'redis';
import { SandboxError } from '../errors';
import type { Store } from './types';

export interface RedisStoreOptions {
  /** Put before every key, so one Redis can serve other things too. */
  prefix?: string;
  /** How long a command may take before the request gets a 503. */
  timeoutMs?: number;
}

// INCRBY that gives a new key its TTL, and answers the value with its remaining life.
const INCREMENT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {value, ttl}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export class RedisStore implements Store {
  readonly client: RedisClientType;
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private readonly connecting: Promise<unknown>;
  private down = false;

  constructor(url: string, { prefix = 'stepwise:', timeoutMs = 1_500 }: RedisStoreOptions = {}) {
    this.prefix = prefix;
    this.timeoutMs = timeoutMs;
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: timeoutMs },
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 500) },
    }) as RedisClientType;
    // One line per outage, not one per retry; node-redis reconnects by itself.
    this.client.on('error', (err: Error) => {
      if (!this.down) console.error(`[sandbox] Redis at ${redactedUrl(url)} is unreachable (${err.message}); sandbox routes answer 503 until it is back.`);
      this.down = true;
    });
    this.client.on('ready', () => {
      if (this.down) console.error('[sandbox] Redis is back.');
      this.down = false;
    });
    this.connecting = this.client.connect().catch(() => undefined);
  }

  private key(key: string): string {
    return this.prefix + key;
  }

  /** Runs one store operation; any Redis failure becomes a 503 the routes pass on. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) await Promise.race([this.connecting, sleep(this.timeoutMs)]);
    try {
      return await work();
    } catch (err) {
      throw new SandboxError('store_unavailable', 'The sandbox store is unavailable; try again in a moment.', undefined, { 'Retry-After': '2' }, err);
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.run(() => this.client.get(this.key(key)));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    await this.run(() => this.client.set(this.key(key), JSON.stringify(value), { expiration: { type: 'PX', value: ttlMs } }));
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs: number): Promise<boolean> {
    const reply = await this.run(() =>
      this.client.set(this.key(key), JSON.stringify(value), { expiration: { type: 'PX', value: ttlMs }, condition: 'NX' }),
    );
    return reply === 'OK';
  }

  async expiresAt(key: string): Promise<number | undefined> {
    const ttl = await this.run(() => this.client.pTTL(this.key(key)));
    return ttl >= 0 ? Date.now() + ttl : undefined;
  }

  async delete(key: string): Promise<void> {
    await this.run(() => this.client.del(this.key(key)));
  }

  async increment(key: string, by: number, ttlMs: number): Promise<{ value: number; expiresAt: number }> {
    const reply = await this.run(() => this.client.eval(INCREMENT, { keys: [this.key(key)], arguments: [String(by), String(ttlMs)] }));
    const [value, ttl] = reply as [number, number];
    return { value, expiresAt: Date.now() + ttl };
  }

  async push<T>(key: string, item: T, max: number, ttlMs: number): Promise<void> {
    const k = this.key(key);
    await this.run(() => this.client.multi().rPush(k, JSON.stringify(item)).lTrim(k, -max, -1).pExpire(k, ttlMs).exec());
  }

  async list<T>(key: string): Promise<T[]> {
    const raw = await this.run(() => this.client.lRange(this.key(key), 0, -1));
    return raw.map((item) => JSON.parse(item) as T);
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    await this.run(() => this.client.pExpire(this.key(key), ttlMs));
  }

  /** Every key of ours, found with SCAN (never KEYS, which blocks the server). */
  async *keys(): AsyncGenerator<string> {
    for await (const batch of this.client.scanIterator({ MATCH: `${this.prefix}*`, COUNT: 500 })) yield* batch;
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.quit().catch(() => this.client.destroy());
  }
}

/** The URL without its password, for log lines. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL (not a URL)';
  }
}
