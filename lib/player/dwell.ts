// How long autoplay stays on a step: long enough to read it at an adult's
// ordinary ~250 words a minute, plus a moment to look at the lit lines; never
// so long that the reader wonders whether it is still playing.

/** Milliseconds of reading per word at 250 words a minute. */
export const MS_PER_WORD = 60_000 / 250;
/** Time to find the lit lines before reading starts. */
export const LOOK_MS = 1_000;
export const MIN_DWELL_MS = 4_000;
export const MAX_DWELL_MS = 12_000;

/** Playback speeds the speed button cycles through, in order. */
export const SPEEDS = [1, 1.5, 2, 0.75] as const;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

/** Autoplay's dwell for a step of `words` words at `speed` (2 = twice as fast). */
export function dwellMs(words: number, speed = 1): number {
  const count = Number.isFinite(words) && words > 0 ? words : 0;
  const rate = Number.isFinite(speed) && speed > 0 ? speed : 1;
  const reading = Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, count * MS_PER_WORD + LOOK_MS));
  return Math.round(reading / rate);
}

/** The speed after `speed` in SPEEDS (the first one for a speed not in the list). */
export function nextSpeed(speed: number): number {
  const at = SPEEDS.indexOf(speed as (typeof SPEEDS)[number]);
  return SPEEDS[(at + 1) % SPEEDS.length] ?? 1;
}
