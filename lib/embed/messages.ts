// The postMessage protocol between an embed and the page that frames it.
// Steps are 1-based here, as in `?step=N` and on screen ("Step 3 of 8").
//
//   embed → host  {type:"stepwise:resize", height}      its document's height, in CSS px
//                 {type:"stepwise:step", step, total}    on load and on every step change
//   host → embed  {type:"stepwise:goto", step}           go to step `step` (clamped to the lesson)
//                 {type:"stepwise:play"} / {type:"stepwise:pause"}
//
// Anything else — another type, a missing or non-integer number, a string
// where a number belongs — is ignored, never half-obeyed.

export const RESIZE = 'stepwise:resize';
export const STEP = 'stepwise:step';
export const GOTO = 'stepwise:goto';
export const PLAY = 'stepwise:play';
export const PAUSE = 'stepwise:pause';

export type EmbedMessage = { type: typeof RESIZE; height: number } | { type: typeof STEP; step: number; total: number };
export type HostMessage = { type: typeof GOTO; step: number } | { type: typeof PLAY } | { type: typeof PAUSE };

/** Larger numbers are not a lesson's steps or a page's height: refuse them rather than clamp. */
const MAX_STEP = 100_000;
const MAX_HEIGHT = 1_000_000;

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** A message from the host the embed will obey, or null. */
export function readHostMessage(data: unknown): HostMessage | null {
  const message = record(data);
  if (!message) return null;
  switch (message.type) {
    case GOTO:
      return isWhole(message.step, 1, MAX_STEP) ? { type: GOTO, step: message.step } : null;
    case PLAY:
      return { type: PLAY };
    case PAUSE:
      return { type: PAUSE };
    default:
      return null;
  }
}

/** A message from an embed, as a host should read it, or null. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  const message = record(data);
  if (!message) return null;
  if (message.type === RESIZE) {
    const { height } = message;
    return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT ? { type: RESIZE, height } : null;
  }
  if (message.type === STEP) {
    const { step, total } = message;
    return isWhole(total, 1, MAX_STEP) && isWhole(step, 1, total) ? { type: STEP, step, total } : null;
  }
  return null;
}

export const resizeMessage = (height: number): EmbedMessage => ({ type: RESIZE, height: Math.ceil(height) });

/** `step` is the player's 0-based step; the message carries it 1-based. */
export const stepMessage = (step: number, total: number): EmbedMessage => ({ type: STEP, step: step + 1, total });
