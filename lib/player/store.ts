// One store per player (never a module singleton), so two players on a page
// never share a step. Framework-free: React reads it through ./context.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_SPEED, MIN_SPEED } from './dwell';

/**
 * Who moved the step last. `initial` and `restore` (the URL's `?step=N` on
 * mount) are not the reader's doing: they are neither announced nor animated.
 */
export type StepOrigin = 'initial' | 'restore' | 'reader' | 'autoplay';

export interface PlayerState {
  /** Number of steps (at least 1). */
  total: number;
  /** 0-based. */
  step: number;
  origin: StepOrigin;
  /** The reader's wish to play; autoplay also needs the player seen (below). */
  playing: boolean;
  speed: number;
  /** The tab is hidden. */
  hidden: boolean;
  /** The player is scrolled (or framed) out of sight. */
  offscreen: boolean;
  /** The `?` sheet of keys is open. */
  sheetOpen: boolean;
  /** The reader's choice to wrap long code lines; null leaves it to the screen (narrow screens wrap). */
  wrap: boolean | null;

  goto(step: number, origin?: StepOrigin): void;
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
  /** At the last step, play starts again from the first. */
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(speed: number): void;
  setHidden(hidden: boolean): void;
  setOffscreen(offscreen: boolean): void;
  openSheet(): void;
  closeSheet(): void;
  toggleSheet(): void;
  setWrap(wrap: boolean): void;
}

export type PlayerStore = StoreApi<PlayerState>;

export interface PlayerOptions {
  total: number;
  initialStep?: number;
  autoplay?: boolean;
}

/** Whether autoplay's clock runs: playing, and seen. */
export const isRunning = (s: PlayerState): boolean => s.playing && !s.hidden && !s.offscreen;

export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(0, Math.trunc(step)), Math.max(0, total - 1));
}

export function createPlayerStore({ total, initialStep = 0, autoplay = false }: PlayerOptions): PlayerStore {
  const count = Math.max(1, Math.trunc(total) || 1);
  return createStore<PlayerState>()((set, get) => ({
    total: count,
    step: clampStep(initialStep, count),
    origin: 'initial',
    playing: autoplay,
    speed: 1,
    hidden: false,
    offscreen: false,
    sheetOpen: false,
    wrap: null,

    goto(step, origin = 'reader') {
      const target = clampStep(step, count);
      if (target !== get().step) set({ step: target, origin });
    },
    next: () => get().goto(get().step + 1),
    prev: () => get().goto(get().step - 1),
    first: () => get().goto(0),
    last: () => get().goto(count - 1),
    play() {
      if (get().step === count - 1 && count > 1) get().goto(0);
      set({ playing: true });
    },
    pause: () => get().playing && set({ playing: false }),
    toggle: () => (get().playing ? get().pause() : get().play()),
    setSpeed(speed) {
      if (Number.isFinite(speed) && speed >= MIN_SPEED && speed <= MAX_SPEED) set({ speed });
    },
    setHidden: (hidden) => hidden !== get().hidden && set({ hidden }),
    setOffscreen: (offscreen) => offscreen !== get().offscreen && set({ offscreen }),
    openSheet: () => set({ sheetOpen: true }),
    closeSheet: () => set({ sheetOpen: false }),
    toggleSheet: () => set({ sheetOpen: !get().sheetOpen }),
    setWrap: (wrap) => wrap !== get().wrap && set({ wrap }),
  }));
}
