// The store contract against a real redis-server, plus what only Redis has to
// prove: namespaced keys, each with a TTL, found by SCAN; fast failure when down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '@/sandbox/store/redis';
import { startRedis, type RedisServer } from '../../support/redis-server.mjs';
import { describeStore } from './store-contract';

let server: RedisServer;
beforeAll(async () => {
  server = await startRedis();
}, 30_000);
afterAll(async () => server?.stop());

describeStore('RedisStore', async () => {
  const store = new RedisStore(server.url, { prefix: 'contract:' });
  return { store, close: () => store.close() };
});

describe('RedisStore', () => {
  it('namespaces every key and gives each a TTL', async () => {
    const store = new RedisStore(server.url, { prefix: 'ns-test:' });
    try {
      await store.set('a', 1, 10_000);
      await store.increment('b', 1, 10_000);
      await store.push('c', 'x', 5, 10_000);
      await store.setIfAbsent('d', true, 10_000);
      const keys: string[] = [];
      for await (const key of store.keys()) keys.push(key);
      expect(keys.sort()).toEqual(['ns-test:a', 'ns-test:b', 'ns-test:c', 'ns-test:d']);
      for (const key of keys) expect(await store.client.pTTL(key)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('fails fast with 503 store_unavailable while Redis is down, and works again once it is back', async () => {
    const store = new RedisStore(server.url, { prefix: 'fault:' });
    try {
      await store.set('k', 1, 10_000);
      await server.stop();
      const started = Date.now();
      await expect(store.get('k')).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
      expect(Date.now() - started).toBeLessThan(2_000);
      await server.start();
      const deadline = Date.now() + 5_000;
      let answer: unknown;
      while (Date.now() < deadline) {
        answer = await store.set('k', 2, 10_000).then(() => 'ok', () => 'down');
        if (answer === 'ok') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(answer).toBe('ok');
      expect(await store.get('k')).toBe(2);
    } finally {
      await store.close();
    }
  }, 20_000);
});
