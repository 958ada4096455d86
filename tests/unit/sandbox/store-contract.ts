// The store contract: the one suite both stores must pass, unchanged. It runs on
// real time (short TTLs and real waits), because Redis keeps its own clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@/sandbox/store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeStore(name: string, open: () => Promise<{ store: Store; close(): Promise<void> }>) {
  describe(`${name}: the store contract`, () => {
    let store: Store;
    let close: () => Promise<void>;
    let n = 0;
    /** A key of its own for each use, so tests never see each other's data. */
    const key = (label: string) => `test:${process.pid}:${Date.now()}:${++n}:${label}`;

    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(async () => close());

    it('gets what was set, copies and all; undefined when missing', async () => {
      const k = key('obj');
      await store.set(k, { n: 1, list: ['a'] }, 10_000);
      const copy = await store.get<{ n: number }>(k);
      expect(copy).toEqual({ n: 1, list: ['a'] });
      copy!.n = 99;
      expect(await store.get(k)).toEqual({ n: 1, list: ['a'] });
      expect(await store.get(key('missing'))).toBeUndefined();
    });

    it('forgets a value when its TTL passes, and touch keeps it alive', async () => {
      const [a, b] = [key('a'), key('b')];
      await store.set(a, 1, 300);
      await store.set(b, 2, 300);
      await store.touch(b, 5_000);
      await sleep(450);
      expect(await store.get(a)).toBeUndefined();
      expect(await store.get(b)).toBe(2);
    });

    it('lets exactly one of many racing set-if-absent calls win, and again once the value expired', async () => {
      const k = key('spent');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.setIfAbsent(k, i, 300)));
      expect(results.filter(Boolean)).toHaveLength(1);
      await sleep(450);
      expect(await store.setIfAbsent(k, 'again', 300)).toBe(true);
    });

    it('increments atomically, with the window fixed when the key was created', async () => {
      const k = key('n');
      const results = await Promise.all(Array.from({ length: 10 }, () => store.increment(k, 2, 10_000)));
      expect(results.map((r) => r.value).sort((x, y) => x - y)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
      const { expiresAt } = results[0]!;
      expect(Math.abs(expiresAt - (Date.now() + 10_000))).toBeLessThan(2_000);
      expect(new Set(results.map((r) => r.expiresAt)).size).toBeLessThanOrEqual(2);
      expect(Math.abs((await store.expiresAt(k))! - expiresAt)).toBeLessThan(50);
      expect((await store.increment(k, -5, 10_000)).value).toBe(15);
    });

    it('starts a count again once its window ended', async () => {
      const k = key('window');
      await store.increment(k, 1, 300);
      await sleep(450);
      expect((await store.increment(k, 1, 300)).value).toBe(1);
    });

    it('keeps only the newest items of a list, oldest first; a missing list is empty', async () => {
      const k = key('list');
      for (let i = 1; i <= 5; i++) await store.push(k, { i }, 3, 10_000);
      expect(await store.list(k)).toEqual([{ i: 3 }, { i: 4 }, { i: 5 }]);
      expect(await store.list(key('none'))).toEqual([]);
    });

    it('deletes, and knows no expiry for a missing key', async () => {
      const k = key('gone');
      await store.set(k, true, 10_000);
      await store.delete(k);
      expect(await store.get(k)).toBeUndefined();
      expect(await store.expiresAt(k)).toBeUndefined();
    });
  });
}
