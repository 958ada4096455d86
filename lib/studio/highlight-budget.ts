// How much of the highlighter's time each client may use. Ordinary code takes
// 10–50 ms a file; code written to make a grammar backtrack takes seconds (60 KB
// of nested type annotations: about 2 s, and a shared link carries that in 1.2
// KB). Charged after the work, when its time is known, to the client the sandbox
// throttles would name; the route answers 429 past it, a shared page plain code.
import 'server-only';
import { store } from '@/sandbox/store';

export const HIGHLIGHT_TIME = { maxMs: 5_000, windowMs: 60_000 } as const;

const keyOf = (client: string) => `rl:highlight-ms:${client}`;

export type TimeLeft = { ok: true } | { ok: false; usedMs: number; expiresAt: number };

/** Whether the client has highlighter time left this minute (read as an increment by 0). */
export async function timeLeft(client: string): Promise<TimeLeft> {
  const { value, expiresAt } = await store().increment(keyOf(client), 0, HIGHLIGHT_TIME.windowMs);
  return value < HIGHLIGHT_TIME.maxMs ? { ok: true } : { ok: false, usedMs: value, expiresAt };
}

export async function chargeTime(client: string, ms: number): Promise<void> {
  if (ms > 0) await store().increment(keyOf(client), Math.ceil(ms), HIGHLIGHT_TIME.windowMs);
}
