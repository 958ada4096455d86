// A fresh, fully injected world for one sandbox unit test: the test key, an
// empty in-memory store and a real clock that moves only when the test says so.
import { setRealClock } from '@/sandbox/clock';
import { forgetSessionKey } from '@/sandbox/key';
import { createSandbox, findSandbox, type Sandbox } from '@/sandbox/sandbox-id';
import { replaceStore } from '@/sandbox/store';
import { MemoryStore } from '@/sandbox/store/memory';
import { TEST_SESSION_SECRET } from '../../support/server';

export interface World {
  store: MemoryStore;
  /** Real time in ms, as the sandbox sees it. */
  now(): number;
  /** Seconds since the epoch, as JWT claims count. */
  seconds(): number;
  /** Let real time pass. */
  wait(ms: number): void;
  /** A new sandbox in this world. */
  sandbox(): Promise<Sandbox>;
  /** The sandbox re-read from the store (after settings or clock changes). */
  reload(sandbox: Sandbox): Promise<Sandbox>;
}

export function freshWorld(start = Date.UTC(2025, 0, 1)): World {
  let now = start;
  process.env.SESSION_SECRET = TEST_SESSION_SECRET;
  forgetSessionKey();
  setRealClock(() => now);
  const store = new MemoryStore({ now: () => now });
  replaceStore(store);
  return {
    store,
    now: () => now,
    seconds: () => Math.floor(now / 1000),
    wait: (ms) => {
      now += ms;
    },
    sandbox: createSandbox,
    reload: async (sandbox) => {
      const found = await findSandbox(sandbox.id);
      if (!found) throw new Error('sandbox vanished');
      return found;
    },
  };
}
