// The store every sandbox module uses. It lives on globalThis because the proxy
// and the route handlers are separate bundles: a module-level instance would
// give each its own copy.
import { MemoryStore } from './memory';
import type { Store } from './types';

export type { Store } from './types';

const holder = globalThis as typeof globalThis & { __stepwiseSandboxStore?: Store };

export function store(): Store {
  if (!holder.__stepwiseSandboxStore) {
    if (process.env.REDIS_URL) {
      // The Redis store is not built yet; say so instead of silently splitting state between processes.
      console.warn('[sandbox] REDIS_URL is set but this build only has the in-memory store; state stays in this process.');
    }
    holder.__stepwiseSandboxStore = new MemoryStore();
  }
  return holder.__stepwiseSandboxStore;
}

/** Tests only: use this store from now on. */
export function replaceStore(next: Store): void {
  holder.__stepwiseSandboxStore = next;
}
