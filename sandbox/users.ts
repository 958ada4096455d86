// The two demo accounts (their passwords are printed on the sandbox page) and
// the password check. scrypt runs on libuv's thread pool through the callback
// API, so a burst of logins does not stall other requests; scryptSync would.
import { randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';

export type Role = 'user' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const scryptAsync = promisify(scrypt) as (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) => Promise<Buffer>;
const KEY_BYTES = 32;
/** OWASP's scrypt parameters. N·r·128 bytes = 128 MiB of work memory, over Node's 32 MiB default maxmem. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const satisfies ScryptOptions;

interface Account {
  user: User;
  password: string;
}

const ACCOUNTS: Account[] = [
  { user: { id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' }, password: 'lovelace-1815' },
  { user: { id: 'grace', email: 'grace@example.com', name: 'Grace Hopper', role: 'admin' }, password: 'hopper-1906' },
];

export const DEMO_ACCOUNTS: readonly { email: string; password: string; role: Role }[] = ACCOUNTS.map((a) => ({
  email: a.user.email,
  password: a.password,
  role: a.user.role,
}));

interface Hashed {
  user: User | undefined;
  salt: Buffer;
  hash: Buffer;
}

async function hashAccount(user: User | undefined, password: string): Promise<Hashed> {
  const salt = randomBytes(16);
  return { user, salt, hash: await scryptAsync(password, salt, KEY_BYTES, SCRYPT_PARAMS) };
}

// Hashed once per process on first use (only the hashes are kept for comparing).
// The dummy stands in for unknown emails so they cost one scrypt too.
const holder = globalThis as typeof globalThis & { __stepwiseAccounts?: Promise<Map<string, Hashed>> };

function hashedAccounts(): Promise<Map<string, Hashed>> {
  holder.__stepwiseAccounts ??= Promise.all([
    ...ACCOUNTS.map((a) => hashAccount(a.user, a.password)),
    hashAccount(undefined, randomBytes(24).toString('base64')),
  ]).then((all) => new Map(all.map((h) => [h.user?.email ?? '', h])));
  return holder.__stepwiseAccounts;
}

// #region password
/** The user when email and password match; undefined otherwise, after the same work either way. */
export async function checkPassword(email: string, password: string): Promise<User | undefined> {
  const accounts = await hashedAccounts();
  const account = accounts.get(email.trim().toLowerCase()) ?? accounts.get('')!;
  const attempt = await scryptAsync(password, account.salt, KEY_BYTES, SCRYPT_PARAMS);
  const match = timingSafeEqual(attempt, account.hash);
  return match && account.user ? { ...account.user } : undefined;
}
// #endregion

export function findUser(id: string): User | undefined {
  const account = ACCOUNTS.find((a) => a.user.id === id);
  return account ? { ...account.user } : undefined;
}
