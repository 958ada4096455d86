// Login throttling per client and account: a fixed one-minute window that starts
// at the first attempt; the sixth attempt on one account from one client inside it
// gets 429 with Retry-After until it ends. Per client, so one client's guesses never
// block another; per account, so a success on one account never clears the count
// of another. A browser that has logged in to an account before is a client of
// its own there (device.ts). Real time, not the sandbox clock, so fast-forwarding
// or resetting a sandbox cannot lift it.
import { realNow } from './clock';
import { LOGIN_RATE } from './config';
import { SandboxError } from './errors';
import { store } from './store';
import { DEMO_ACCOUNTS } from './users';

// Every unknown email shares one bucket: inventing addresses mints no attempts.
const KNOWN = new Set(DEMO_ACCOUNTS.map((account) => account.email));
const accountOf = (email: string) => (KNOWN.has(email.trim().toLowerCase()) ? email.trim().toLowerCase() : '*');
const keyFor = (client: string, email: string) => `rl:login:${client}:${accountOf(email)}`;

// #region window
/**
 * Counts this attempt before the password is checked, so a burst of parallel
 * attempts cannot all slip past the limit; a successful login clears the count
 * of that client and account only.
 */
export async function countLoginAttempt(client: string, email: string): Promise<void> {
  const { value, expiresAt } = await store().increment(keyFor(client, email), 1, LOGIN_RATE.windowMs);
  if (value > LOGIN_RATE.maxFailures) {
    const retryAfter = Math.max(1, Math.ceil((expiresAt - realNow()) / 1000));
    throw new SandboxError('rate_limited', `Too many failed logins: try again in ${retryAfter} s.`, undefined, {
      'Retry-After': String(retryAfter),
    });
  }
}
// #endregion

export async function clearLoginAttempts(client: string, email: string): Promise<void> {
  await store().delete(keyFor(client, email));
}

/** TRUST_PROXY=<n>: how many proxies of ours stand in front (1 = one load balancer); anything else: none. */
export function trustedHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUST_PROXY);
  return Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0;
}

/**
 * Who is asking. Route handlers cannot see the socket's address, so behind n
 * trusted proxies (TRUST_PROXY=n) we take the n-th X-Forwarded-For entry from the
 * right: the address our outermost proxy saw; anything left of it is whatever the
 * client claimed. Without TRUST_PROXY every request counts as one local client: a
 * client-sent header or a fresh cookie must not mint new identities (and new attempts).
 */
export function clientKey(request: { headers: Pick<Headers, 'get'> }, env: Record<string, string | undefined> = process.env): string {
  const trusted = trustedHops(env);
  if (trusted > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
    const seen = hops[Math.max(0, hops.length - trusted)];
    if (seen) return `ip:${seen.slice(0, 64)}`;
  }
  return 'local';
}
