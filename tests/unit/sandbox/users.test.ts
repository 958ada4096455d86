import { describe, expect, it, vi } from 'vitest';
import { checkPassword, DEMO_ACCOUNTS } from '@/sandbox/users';

// scryptSync would hold the event loop for every login: make any use of it fail loudly.
vi.mock('node:crypto', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:crypto')>()),
  scryptSync: () => {
    throw new Error('scryptSync blocks the event loop');
  },
}));

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
