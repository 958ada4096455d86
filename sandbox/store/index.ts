// The store every sandbox module uses: Redis when REDIS_URL is set (several
// server processes share one state), otherwise in memory (one process). It lives
// on globalThis because the proxy and the route handlers are separate bundles:
// a module-level instance would give each its own copy (and its own connection).
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { Store } from './types';

export type { Store } from './types';

const holder = globalThis as typeof globalThis & { __stepwiseSandboxStore?: Store };

export function store(): Store {
  holder.__stepwiseSandboxStore ??= process.env.REDIS_URL ? new RedisStore(process.env.REDIS_URL) : new MemoryStore();
  return holder.__stepwiseSandboxStore;
}

/** Tests only: use this store from now on. */
export function replaceStore(next: Store): void {
  holder.__stepwiseSandboxStore = next;
}
