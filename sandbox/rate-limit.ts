// Login throttling per client: a fixed one-minute window that starts at the first
// attempt; the sixth attempt inside it gets 429 with Retry-After until it ends.
// It counts clients, never accounts: a per-account lock would let anyone lock the
// shared demo accounts for everybody. Real time, not the sandbox clock, so
// fast-forwarding or resetting a sandbox cannot lift it.
import { realNow } from './clock';
import { LOGIN_RATE } from './config';
import { SandboxError } from './errors';
import { store } from './store';

const keyFor = (client: string) => `rl:login:${client}`;

// #region window
/**
 * Counts this attempt before the password is checked, so a burst of parallel
 * attempts cannot all slip past the limit; a successful login clears the count.
 */
export async function countLoginAttempt(client: string): Promise<void> {
  const { value, expiresAt } = await store().increment(keyFor(client), 1, LOGIN_RATE.windowMs);
  if (value > LOGIN_RATE.maxFailures) {
    const retryAfter = Math.max(1, Math.ceil((expiresAt - realNow()) / 1000));
    throw new SandboxError('rate_limited', `Too many failed logins: try again in ${retryAfter} s.`, undefined, {
      'Retry-After': String(retryAfter),
    });
  }
}
// #endregion

export async function clearLoginAttempts(client: string): Promise<void> {
  await store().delete(keyFor(client));
}

/**
 * Who is asking. Route handlers cannot see the socket's address, so behind a
 * load balancer (TRUST_PROXY=1) we take the last X-Forwarded-For entry, the one
 * our own proxy appended; anything left of it is whatever the client claimed.
 * Without TRUST_PROXY every request counts as one local client: a single process
 * on localhost has only one anyway, and a forged header must not mint new ones.
 */
export function clientKey(request: Request, env: Record<string, string | undefined> = process.env): string {
  if (env.TRUST_PROXY === '1') {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
    const last = hops.filter(Boolean).at(-1);
    if (last) return `ip:${last.slice(0, 64)}`;
  }
  return 'local';
}
