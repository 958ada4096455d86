// The timeline as the page keeps it: the server's events, each paired with the
// page's own record of the request it answers (why it was sent, its body, the
// cookies the browser held), and each marked by what it meant.
import type { SandboxEvent, SandboxState, SentRequest } from './types';

/** A timeline entry, with the page's own record of the request when it sent it. */
export interface TimelineItem {
  event: SandboxEvent;
  sent?: SentRequest;
}

export interface PendingRequest extends SentRequest {
  /** The newest event id known when it was sent: its own event comes after. */
  after: number;
  /** Client time (ms) it was sent. */
  at: number;
}

/** Requests that never made it onto the timeline are forgotten after this long. */
export const PENDING_MS = 60_000;
/** How many entries the page keeps. */
export const MAX_ITEMS = 200;

const PATH = (path: string) => `/api/sandbox/${path.split('?')[0]}`;

/** Pairs each new event with the page's request it answers (same method and path, sent before it). */
export function match(events: SandboxEvent[], pending: PendingRequest[]): { items: TimelineItem[]; pending: PendingRequest[] } {
  const left = [...pending];
  const items = events.map((event) => {
    const i = left.findIndex((p) => p.method === event.method && PATH(p.path) === event.path && p.after < event.id);
    if (i < 0) return { event };
    const [sent] = left.splice(i, 1);
    return sent ? { event, sent } : { event };
  });
  return { items, pending: left };
}

/** Seconds the sandbox clock is ahead of this browser's, ignoring a second of rounding. */
export function skewOf(state: SandboxState, clientMs: number): number {
  const drift = state.clock.realNow - Math.floor(clientMs / 1000);
  return state.clock.offset + (Math.abs(drift) <= 1 ? 0 : drift);
}

export type Mark = 'ok' | 'rejected' | 'error';

/**
 * What an entry meant, not only its status: a 200 from the tamper lab that
 * rejected a forgery is a rejection; a 4xx is an error.
 */
export function markOf(event: SandboxEvent): Mark {
  if (event.status >= 400) return 'error';
  if (event.verdict && !event.verdict.ok) return 'rejected';
  return 'ok';
}
