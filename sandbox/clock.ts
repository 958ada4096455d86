// The sandbox clock: real time plus a per-sandbox offset that only grows.
// Fast-forwarding can make tokens expire sooner; nothing can make them live longer.
import { MAX_ADVANCE_SECONDS } from './config';
import { SandboxError } from './errors';

/** Real time in milliseconds; tests inject their own. */
export type RealClock = () => number;

const holder = globalThis as typeof globalThis & { __stepwiseRealClock?: RealClock };

/** The process's real clock (Date.now unless a test replaced it). */
export function realNow(): number {
  return (holder.__stepwiseRealClock ?? Date.now)();
}

/** Tests only: drive real time by hand; pass undefined to go back to Date.now. */
export function setRealClock(clock: RealClock | undefined): void {
  holder.__stepwiseRealClock = clock;
}

/** Sandbox time in whole seconds, the unit JWT claims use. */
export function sandboxNow(offsetSeconds: number, now: number = realNow()): number {
  return Math.floor(now / 1000) + offsetSeconds;
}

// #region advance
/** How far one fast-forward may move: a positive whole number of seconds, not absurdly many. */
export function checkAdvance(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0) {
    throw new SandboxError('bad_request', 'advanceSeconds must be a positive whole number: the clock only moves forward.');
  }
  if (seconds > MAX_ADVANCE_SECONDS) {
    throw new SandboxError('bad_request', `advanceSeconds may be at most ${MAX_ADVANCE_SECONDS} (${MAX_ADVANCE_SECONDS / 86_400} days) at a time.`);
  }
  return seconds;
}
// #endregion
