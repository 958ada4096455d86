import { describe, expect, it } from 'vitest';
import { MemoryStore } from '@/sandbox/store/memory';

function storeAt(start = 1_000_000, maxKeys?: number) {
  let now = start;
  const store = new MemoryStore({ now: () => now, ...(maxKeys ? { maxKeys } : {}) });
  return { store, wait: (ms: number) => (now += ms), now: () => now };
}

describe('MemoryStore', () => {
  it('forgets a value when its TTL passes, and touch keeps it alive', async () => {
    const { store, wait } = storeAt();
    await store.set('a', 1, 1000);
    await store.set('b', 2, 1000);
    wait(900);
    await store.touch('b', 1000);
    wait(200);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBe(2);
    expect(store.size).toBe(1);
  });

  it('hands out copies, so a caller cannot change what is stored', async () => {
    const { store } = storeAt();
    await store.set('obj', { n: 1 }, 1000);
    const copy = await store.get<{ n: number }>('obj');
    copy!.n = 99;
    expect(await store.get('obj')).toEqual({ n: 1 });
  });

  it('lets exactly one of many racing set-if-absent calls win', async () => {
    const { store } = storeAt();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.setIfAbsent('spent', i, 1000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('set-if-absent succeeds again once the earlier value has expired', async () => {
    const { store, wait } = storeAt();
    expect(await store.setIfAbsent('k', 1, 100)).toBe(true);
    expect(await store.setIfAbsent('k', 2, 100)).toBe(false);
    wait(100);
    expect(await store.setIfAbsent('k', 3, 100)).toBe(true);
  });

  it('increments atomically with a window fixed when the key was created', async () => {
    const { store, wait, now } = storeAt();
    const start = now();
    expect(await store.increment('n', 1, 1000)).toEqual({ value: 1, expiresAt: start + 1000 });
    wait(600);
    expect(await store.increment('n', 2, 1000)).toEqual({ value: 3, expiresAt: start + 1000 });
    expect(await store.expiresAt('n')).toBe(start + 1000);
    wait(400);
    expect(await store.increment('n', 1, 1000)).toEqual({ value: 1, expiresAt: now() + 1000 });
  });

  it('keeps only the newest items of a list', async () => {
    const { store } = storeAt();
    for (let i = 1; i <= 5; i++) await store.push('list', i, 3, 1000);
    expect(await store.list('list')).toEqual([3, 4, 5]);
    expect(await store.list('missing')).toEqual([]);
  });

  it('stays within its bound: expired keys go first, then the least recently written', async () => {
    const { store, wait } = storeAt(0, 10);
    await store.set('short', 'x', 10);
    for (let i = 0; i < 9; i++) await store.set(`k${i}`, i, 10_000);
    wait(20);
    await store.set('new', 'y', 10_000);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('k0')).toBe(0);
    expect(store.size).toBe(10);
    // Full of live keys: the oldest writes make room.
    await store.set('newer', 'z', 10_000);
    expect(store.size).toBeLessThanOrEqual(10);
    expect(await store.get('k0')).toBeUndefined();
    expect(await store.get('newer')).toBe('z');
    for (let i = 0; i < 100; i++) await store.set(`flood${i}`, i, 10_000);
    expect(store.size).toBeLessThanOrEqual(10);
  });
});
