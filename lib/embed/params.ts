// The embed's query string: `?autoplay=0|1`, `?step=N` (1-based), `?theme=light|dark`.
// The embed page is static, so these are read in the browser; a value we do not
// understand is treated as if it were absent.
import { readStepParam, STEP_PARAM } from '@/lib/lesson-urls';

export type EmbedTheme = 'light' | 'dark';

export interface EmbedParams {
  /** Start playing on load (the default); `?autoplay=0` waits for the reader. */
  autoplay: boolean;
  /** 0-based step to open at, clamped to the lesson; null when not asked for. */
  step: number | null;
  /** Forced theme; null follows the reader's system. */
  theme: EmbedTheme | null;
}

export const AUTOPLAY_PARAM = 'autoplay';
export const THEME_PARAM = 'theme';

const OFF = new Set(['0', 'false', 'no', 'off']);

/** `autoplay` plays unless it clearly says no (`0`, `false`, `no`, `off`); junk keeps the default. */
export function readAutoplay(raw: string | null): boolean {
  return raw === null || !OFF.has(raw.trim().toLowerCase());
}

export function readTheme(raw: string | null): EmbedTheme | null {
  const value = raw?.trim().toLowerCase();
  return value === 'light' || value === 'dark' ? value : null;
}

export function parseEmbedParams(search: string, total: number): EmbedParams {
  const query = new URLSearchParams(search);
  return {
    autoplay: readAutoplay(query.get(AUTOPLAY_PARAM)),
    step: readStepParam(search, total),
    theme: readTheme(query.get(THEME_PARAM)),
  };
}

/**
 * Whether the embed starts playing: asked to (or not told otherwise), the
 * reader does not prefer reduced motion, and there is a step left to go to
 * (playing from the last step would jump back to the first).
 */
export function shouldAutoplay(params: EmbedParams, total: number, reducedMotion: boolean): boolean {
  const start = params.step ?? 0;
  return params.autoplay && !reducedMotion && start < total - 1;
}

/** The query string for an embed with these options; defaults are left out. `step` is 0-based. */
export function embedSearch({ step, autoplay, theme }: { step?: number | null; autoplay?: boolean; theme?: EmbedTheme | null }): string {
  const query = new URLSearchParams();
  if (step !== null && step !== undefined && step > 0) query.set(STEP_PARAM, String(step + 1));
  if (autoplay === false) query.set(AUTOPLAY_PARAM, '0');
  if (theme) query.set(THEME_PARAM, theme);
  const text = query.toString();
  return text ? `?${text}` : '';
}
