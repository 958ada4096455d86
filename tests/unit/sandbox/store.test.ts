import { describe, expect, it } from 'vitest';
import { MemoryStore } from '@/sandbox/store/memory';
import { describeStore } from './store-contract';

describeStore('MemoryStore', async () => ({ store: new MemoryStore(), close: async () => undefined }));

function storeAt(start = 1_000_000, bounds: { maxKeys?: number; maxBytes?: number } = {}) {
  let now = start;
  const store = new MemoryStore({ now: () => now, ...bounds });
  return { store, wait: (ms: number) => (now += ms), now: () => now };
}

describe('MemoryStore bounds', () => {
  it('stays within its key bound: expired keys go first, then the least recently used', async () => {
    const { store, wait } = storeAt(0, { maxKeys: 10 });
    await store.set('short', 'x', 10);
    for (let i = 0; i < 9; i++) await store.set(`k${i}`, i, 10_000);
    wait(20);
    await store.set('new', 'y', 10_000);
    expect(store.size).toBe(10);
    expect(await store.get('short')).toBeUndefined();
    // k0 was just read, so k1 is now the least recently used.
    expect(await store.get('k0')).toBe(0);
    await store.set('newer', 'z', 10_000);
    expect(store.size).toBeLessThanOrEqual(10);
    expect(await store.get('k0')).toBe(0);
    expect(await store.get('k1')).toBeUndefined();
    for (let i = 0; i < 100; i++) await store.set(`flood${i}`, i, 10_000);
    expect(store.size).toBeLessThanOrEqual(10);
  });

  it('a flood of new keys does not evict a key that keeps being read', async () => {
    const { store } = storeAt(0, { maxKeys: 100 });
    await store.set('live-sandbox', { settings: 'mine' }, 10_000);
    for (let i = 0; i < 5_000; i++) {
      await store.set(`anon${i}`, i, 10_000);
      if (i % 50 === 0) await store.get('live-sandbox');
    }
    expect(await store.get('live-sandbox')).toEqual({ settings: 'mine' });
  });

  it('stays within its byte bound, counting what lists hold', async () => {
    const { store } = storeAt(0, { maxBytes: 50_000 });
    const big = 'x'.repeat(1_000);
    for (let i = 0; i < 200; i++) await store.set(`big${i}`, big, 10_000);
    expect(store.bytes).toBeLessThanOrEqual(50_000);
    expect(store.size).toBeLessThan(50);
    for (let i = 0; i < 500; i++) await store.push('events', { big }, 20, 10_000);
    expect(store.bytes).toBeLessThanOrEqual(50_000);
    expect(await store.list('events')).toHaveLength(20);
  });

  it('counts an overwritten key once, at its new size', async () => {
    const { store } = storeAt(0);
    await store.set('a', 'x'.repeat(1_000), 10_000);
    await store.set('a', 'y', 10_000);
    await store.increment('n', 5, 10_000);
    await store.increment('n', 5, 10_000);
    expect(store.size).toBe(2);
    expect(store.bytes).toBe('a'.length + '"y"'.length + 'n'.length + '10'.length);
  });

  it('gives back the bytes of what it forgets', async () => {
    const { store, wait } = storeAt(0);
    await store.set('a', 'x'.repeat(1_000), 10);
    await store.push('l', 'y'.repeat(100), 5, 10_000);
    await store.delete('l');
    wait(20);
    expect(await store.get('a')).toBeUndefined();
    expect(store.bytes).toBe(0);
  });
});
