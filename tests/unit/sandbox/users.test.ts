import { describe, expect, it, vi } from 'vitest';
import { checkPassword, DEMO_ACCOUNTS } from '@/sandbox/users';

// OWASP's scrypt takes about a second per hash on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const seen = vi.hoisted(() => ({ options: [] as unknown[] }));

// scryptSync would hold the event loop for every login: make any use of it fail loudly.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    scryptSync: () => {
      throw new Error('scryptSync blocks the event loop');
    },
    scrypt: (...args: Parameters<typeof real.scrypt>) => {
      seen.options.push(args[3]);
      return real.scrypt(...args);
    },
  };
});

describe('demo accounts', () => {
  it('signs in the two demo accounts with their published passwords', async () => {
    expect(DEMO_ACCOUNTS).toEqual([
      { email: 'ada@example.com', password: 'lovelace-1815', role: 'user' },
      { email: 'grace@example.com', password: 'hopper-1906', role: 'admin' },
    ]);
    expect(await checkPassword('ada@example.com', 'lovelace-1815')).toMatchObject({ id: 'ada', role: 'user' });
    expect(await checkPassword(' Grace@Example.com ', 'hopper-1906')).toMatchObject({ id: 'grace', role: 'admin' });
  });

  it('refuses a wrong password, an unknown email and an empty password alike', async () => {
    expect(await checkPassword('ada@example.com', 'hopper-1906')).toBeUndefined();
    expect(await checkPassword('nobody@example.com', 'lovelace-1815')).toBeUndefined();
    expect(await checkPassword('', '')).toBeUndefined();
  });
});

describe('password hashing', () => {
  it("uses OWASP's scrypt parameters, off the event loop", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await checkPassword('ada@example.com', 'wrong');
    clearInterval(timer);
    expect(seen.options.at(-1)).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(ticks).toBeGreaterThan(0);
  });
});
