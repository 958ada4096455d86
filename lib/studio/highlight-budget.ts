// How much of the highlighter each client may use. Ordinary code takes 10–50 ms
// a file; code written to make a grammar backtrack takes seconds (60 KB of
// nested type annotations: about 2 s, and a shared link carries that in 1.2 KB).
// So a client may use 5 s of the highlighter's time a minute, charged after
// each piece of work when its time is known, and have at most MAX_UNDER_WAY
// pieces under way at once, so that a burst cannot start before the charges
// land. Clients are named as the sandbox's throttles name them. Past either
// limit the route answers 429 and a shared page shows plain code.
// Each thread works through one job at a time, so the whole process also caps
// the work waiting for it (MAX_QUEUED): many clients at once cannot queue
// minutes of it. Past that the route answers 503 and a shared page shows plain code.
import 'server-only';
import { store } from '@/sandbox/store';
import { LIMITS } from './model';

export const HIGHLIGHT_TIME = { maxMs: 5_000, windowMs: 60_000 } as const;
/** A shared page highlights all its files at once. Counted in this process. */
export const MAX_UNDER_WAY = LIMITS.files;
/** All clients together: four full shared pages' worth, a fraction of a second of ordinary code. */
export const MAX_QUEUED = 4 * MAX_UNDER_WAY;

export type Refusal = { reason: 'time'; usedMs: number; expiresAt: number } | { reason: 'busy' } | { reason: 'full' };
export type Budgeted<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

const keyOf = (client: string) => `rl:highlight-ms:${client}`;
const underWay = new Map<string, number>();
let queued = 0;

/** `work` for `client`, if it is within both limits; `work` says how many milliseconds it kept the highlighter. */
export async function withinBudget<T extends { ms: number }>(client: string, work: () => Promise<T>): Promise<Budgeted<T>> {
  const running = underWay.get(client) ?? 0;
  if (running >= MAX_UNDER_WAY) return { ok: false, reason: 'busy' };
  if (queued >= MAX_QUEUED) return { ok: false, reason: 'full' };
  underWay.set(client, running + 1);
  queued += 1;
  try {
    // Read as an increment by 0: the store has no plain read of a counter.
    const { value, expiresAt } = await store().increment(keyOf(client), 0, HIGHLIGHT_TIME.windowMs);
    if (value >= HIGHLIGHT_TIME.maxMs) return { ok: false, reason: 'time', usedMs: value, expiresAt };
    const result = await work();
    if (result.ms > 0) await store().increment(keyOf(client), Math.ceil(result.ms), HIGHLIGHT_TIME.windowMs);
    return { ok: true, value: result };
  } finally {
    queued -= 1;
    const left = (underWay.get(client) ?? 1) - 1;
    if (left > 0) underWay.set(client, left);
    else underWay.delete(client);
  }
}
